package cn.zhicheng.portal.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import org.jspecify.annotations.Nullable;

import static cn.zhicheng.portal.application.ApplicationStatus.*;

/**
 * Everything about generated file {@code i} that more than one table needs, worked out from the seed and {@code i}
 * alone: each table's pass recomputes it, so no pass keeps anything of another in memory. Person {@code i % persons}
 * files once a year as the primary EVALUATION (slots 0–4) and at most once more a year in another type or an
 * abandoned attempt (slots 5–9), so the one-active-file-per-person-type-year index (V15) always holds.
 */
record FilePlan(long index, int person, int unit, World.Place place, int year, ApplicationType type,
		ApplicationStatus status, int field, World.@Nullable Specialty specialty, @Nullable String level, int tier,
		List<Step> steps, Instant created, Instant[] at, boolean resolvedObjection, boolean pass, int agree) {

	private static final String[] CURRENT_EVALUATION = weights("DRAFT:10", "SUBMITTED:10", "IN_PUBLIC_NOTICE:9",
			"HELD_BY_OBJECTION:1", "COUNTY_REVIEW:14", "CITY_REVIEW:16", "ACCEPTED:10", "IN_COMMITTEE_REVIEW:16",
			"RETURNED:5", "WITHDRAWN:3", "ABANDONED:3", "NOT_ACCEPTED:3");

	private static final String[] PAST_EVALUATION = weights("PASSED:60", "FAILED:25", "NOT_ACCEPTED:6",
			"ABANDONED:5", "WITHDRAWN:4");

	private static final String[] CURRENT_RECOGNITION = weights("DRAFT:10", "SUBMITTED:10", "IN_PUBLIC_NOTICE:10",
			"COUNTY_REVIEW:15", "CITY_REVIEW:20", "PASSED:25", "RETURNED:5", "NOT_ACCEPTED:5");

	private static final String[] PAST_RECOGNITION = weights("PASSED:88", "NOT_ACCEPTED:6", "ABANDONED:6");

	private static final String[] CURRENT_REISSUE = weights("DRAFT:5", "SUBMITTED:20", "CITY_REVIEW:30", "PASSED:45");

	private static final String[] PAST_REISSUE = weights("PASSED:95", "ABANDONED:5");

	private static final String[] RETRY = weights("ABANDONED:60", "NOT_ACCEPTED:40");

	static FilePlan of(World world, long i) {
		SplittableRandom r = world.random(10, i);
		int persons = world.scale.persons();
		int person = (int) (i % persons);
		int slot = (int) (i / persons);
		int year = World.FIRST_YEAR + slot % World.YEARS;
		boolean current = Timeline.current(year);
		int unit = world.personUnit(person);
		World.Place place = world.unitPlace(unit);
		ApplicationType type = ApplicationType.EVALUATION;
		String[] mix = current ? CURRENT_EVALUATION : PAST_EVALUATION;
		if (slot >= World.YEARS) {
			int kind = r.nextInt(100);
			if (kind < 40) {
				type = ApplicationType.INITIAL_RECOGNITION;
				mix = current ? CURRENT_RECOGNITION : PAST_RECOGNITION;
			}
			else if (kind < 60) {
				type = ApplicationType.CERTIFICATE_REISSUE;
				mix = current ? CURRENT_REISSUE : PAST_REISSUE;
			}
			else {
				mix = RETRY;
			}
		}
		ApplicationStatus status = ApplicationStatus.valueOf(mix[r.nextInt(mix.length)]);
		if (status == COUNTY_REVIEW && place.countyId() == null) {
			status = CITY_REVIEW; // a 市直 unit forwards to the city
		}
		int field = r.nextInt(world.fields.size());
		List<World.Specialty> inField = world.specialties.get(field);
		World.Specialty specialty = inField.get(r.nextInt(inField.size()));
		int roll = r.nextInt(100);
		String level = switch (type) {
			case EVALUATION -> roll < 15 ? "STAFF" : roll < 60 ? "ASSISTANT" : "INTERMEDIATE";
			case INITIAL_RECOGNITION -> roll < 50 ? "ASSISTANT" : "INTERMEDIATE";
			default -> null;
		};
		boolean reissue = type == ApplicationType.CERTIFICATE_REISSUE;
		boolean objection = r.nextInt(100) < 2;
		boolean pass = status == PASSED;
		int agree = pass ? 15 + r.nextInt(Timeline.PRESENT - 14) : r.nextInt(14);
		List<Step> steps = Paths.of(type, status, place.countyId() != null, objection, r.nextBoolean());
		boolean resolved = steps.stream().anyMatch(s -> s.action().name().equals("RESOLVE_OBJECTION"));
		Instant[] at = new Instant[steps.size()];
		Instant last = lastStep(world, year, type, status, r);
		for (int s = steps.size() - 1; s >= 0; s--) {
			at[s] = last;
			boolean noticeFollows = s > 0 && steps.get(s - 1).to() == IN_PUBLIC_NOTICE
					&& steps.get(s).from() == IN_PUBLIC_NOTICE && steps.get(s).to() != RETURNED
					&& steps.get(s).to() != HELD_BY_OBJECTION;
			long gapHours = noticeFollows ? 24L * (Timeline.NOTICE_DAYS + 2 + r.nextInt(3)) : 4 + r.nextInt(24 * 6);
			last = last.minus(Duration.ofHours(gapHours));
		}
		Instant created = last.minus(Duration.ofHours(2 + r.nextInt(24 * 20)));
		return new FilePlan(i, person, unit, place, year, type, status, field, reissue ? null : specialty,
				level, "INTERMEDIATE".equals(level) ? 1 : 0, steps, created, at, resolved, pass, agree);
	}

	/** When the file last moved: on the session's day for a vote; within the last fortnight for a current file. */
	private static Instant lastStep(World world, int year, ApplicationType type, ApplicationStatus status,
			SplittableRandom r) {
		if ((status == PASSED || status == FAILED) && type == ApplicationType.EVALUATION) {
			return Timeline.at(Timeline.sessionHeld(year, world.asOf), 16);
		}
		if (Timeline.current(year)) {
			return Timeline.at(world.asOf, 9).minus(Duration.ofHours(1 + r.nextInt(24 * 14)));
		}
		return Timeline.at(LocalDate.of(year + 1, 4, 1), 9).plus(Duration.ofHours(r.nextInt(24 * 30)));
	}

	boolean submitted() {
		return steps.stream().anyMatch(s -> s.action().name().equals("SUBMIT"));
	}

	@Nullable Instant submittedAt() {
		for (int s = steps.size() - 1; s >= 0; s--) {
			if (steps.get(s).to() == SUBMITTED) {
				return at[s];
			}
		}
		return null;
	}

	Instant statusChangedAt() {
		return at.length == 0 ? created : at[at.length - 1];
	}

	/** The day the 评前公示 began, if it did: the day after the unit started it. */
	@Nullable LocalDate noticeStartsOn() {
		for (int s = 0; s < steps.size(); s++) {
			if (steps.get(s).action().name().equals("START_PUBLIC_NOTICE")) {
				return Timeline.day(at[s]).plusDays(1);
			}
		}
		return null;
	}

	boolean voted() {
		return type == ApplicationType.EVALUATION && (status == PASSED || status == FAILED);
	}

	boolean certified() {
		return status == PASSED && type != ApplicationType.CERTIFICATE_REISSUE;
	}

	private static String[] weights(String... entries) {
		List<String> expanded = new ArrayList<>();
		for (String entry : entries) {
			String[] parts = entry.split(":");
			for (int n = 0; n < Integer.parseInt(parts[1]); n++) {
				expanded.add(parts[0]);
			}
		}
		return expanded.toArray(String[]::new);
	}

}

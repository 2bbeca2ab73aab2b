package cn.zhicheng.portal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.validation.Masking;

/**
 * Attachment metadata (V16; no bytes: no row of application_attachment_content is needed), the committee's vote on
 * each evaluated file (V20) and the certificate of each pass (V22). The holder's ID number is kept only masked:
 * its keyed hash depends on the instance's signing key, so lookups of generated certificates go by number and name.
 */
final class Outcomes {

	private static final String[] SECTIONS = { "PERSONAL", "EDUCATION", "TRAINING", "ACHIEVEMENTS", "APPRAISAL",
			"DECLARATION" };

	private static final String[] TITLES = { "技术员", "助理工程师", "工程师" };

	private final World world;

	Outcomes(World world) {
		this.world = world;
	}

	long attachments(Connection connection, long from, long to) throws SQLException {
		try (CopyStream copy = new CopyStream(connection, "application_attachment", "application_id, section, "
				+ "file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at")) {
			for (long i = from; i < to; i++) {
				FilePlan plan = FilePlan.of(world, i);
				SplittableRandom random = world.random(11, i);
				int count = plan.submitted() ? 2 + random.nextInt(3) : random.nextInt(2);
				for (int n = 0; n < count; n++) {
					String section = plan.type() == ApplicationType.CERTIFICATE_REISSUE ? "REISSUE" : SECTIONS[n];
					boolean scan = random.nextInt(4) == 0;
					copy.add(world.applicationId(i)).add(section).add("材料" + (n + 1) + (scan ? ".jpg" : ".pdf"))
						.add(scan ? "image/jpeg" : "application/pdf").add(40_000 + random.nextInt(2_000_000))
						.add(Trail.hex(random)).add(world.personId(plan.person()))
						.add(plan.created().plus(Duration.ofMinutes(10 + n)));
					copy.end();
				}
			}
			return copy.rows();
		}
	}

	long votes(Connection connection, long from, long to) throws SQLException {
		try (CopyStream copy = new CopyStream(connection, "committee_vote", "application_id, session_id, agree, "
				+ "disagree, abstain, outcome, recorded_by, recorded_at")) {
			for (long i = from; i < to; i++) {
				FilePlan plan = FilePlan.of(world, i);
				if (!plan.voted()) {
					continue;
				}
				int rest = Timeline.PRESENT - plan.agree();
				int disagree = plan.pass() ? rest / 2 : rest - 1;
				int committee = world.committeeIndex(plan.place().city(), plan.field(), plan.tier());
				copy.add(world.applicationId(i)).add(world.sessionId(committee, plan.year())).add(plan.agree())
					.add(disagree).add(rest - disagree).add(plan.pass() ? "PASS" : "FAIL")
					.add(world.cityReviewerId(plan.place().city())).add(plan.statusChangedAt());
				copy.end();
			}
			return copy.rows();
		}
	}

	/** Certificates of passes; {@code firstSerial} continues the serial where the previous range stopped. */
	long certificates(Connection connection, long from, long to, long firstSerial) throws SQLException {
		long serial = firstSerial;
		try (CopyStream copy = new CopyStream(connection, "certificate", "number, holder_account_id, holder_name, "
				+ "holder_id_masked, title_name, series_name, specialty_name, level, review_year, committee_name, "
				+ "issuer, issued_on, source, application_id")) {
			for (long i = from; i < to; i++) {
				FilePlan plan = FilePlan.of(world, i);
				if (!plan.certified() || plan.level() == null || plan.specialty() == null) {
					continue;
				}
				People person = People.of(world, plan.person());
				boolean evaluation = plan.type() == ApplicationType.EVALUATION;
				LocalDate issued = evaluation ? Timeline.certificateIssued(plan.year())
						: Timeline.day(plan.statusChangedAt()).plusDays(7);
				int city = plan.place().city();
				copy.add("粤职证%d%06d".formatted(plan.year(), world.certificateSerialBase + 1 + serial++))
					.add(world.personId(plan.person())).add(person.name()).add(Masking.idNumber(person.idNumber()))
					.add(TITLES[levelIndex(plan.level())]).add("工程技术人员").add(plan.specialty().name())
					.add(plan.level()).add(plan.year())
					.add(evaluation ? world.cityNames.get(city) + "工程系列" + world.fields.get(plan.field()) + "专业"
							+ (plan.tier() == 0 ? "初级" : "中级") + "职称评审委员会" : null)
					.add(world.cityNames.get(city) + "人力资源和社会保障局").add(issued).add("ISSUED")
					.add(world.applicationId(i));
				copy.end();
			}
		}
		return serial;
	}

	private static int levelIndex(String level) {
		return switch (level) {
			case "STAFF" -> 0;
			case "ASSISTANT" -> 1;
			default -> 2;
		};
	}

}

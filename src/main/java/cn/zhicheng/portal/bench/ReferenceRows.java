package cn.zhicheng.portal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.validation.CreditCodes;
import org.jspecify.annotations.Nullable;

/**
 * The rows every file points at: units, accounts (unit officers, county and city reviewers, applicants), committees
 * with their specialties, intake windows and sessions. Sessions are written unpublished: the vote trigger (V20)
 * refuses votes on a published session, so they are published once their votes are in.
 */
final class ReferenceRows {

	private static final String[] UNIT_TYPES = { "GOVERNMENT_ORGAN", "PUBLIC_INSTITUTION", "PUBLIC_INSTITUTION",
			"STATE_OWNED_ENTERPRISE", "NON_PUBLIC_ENTERPRISE", "NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION" };

	private static final Instant CREATED = Instant.parse("2020-12-01T02:00:00Z");

	private final World world;

	private final String passwordHash;

	private final PersonalDataCipher cipher;

	private final BlindIndex index;

	ReferenceRows(World world, String passwordHash, PersonalDataCipher cipher) {
		this.world = world;
		this.passwordHash = passwordHash;
		this.cipher = cipher;
		this.index = new BlindIndex(cipher);
	}

	long units(Connection connection) throws SQLException {
		try (CopyStream copy = new CopyStream(connection, "employer_unit", "id, name, credit_code, type, region_id, "
				+ "non_public_intake, status, created_at, address, contact_name, contact_phone")) {
			for (int u = 0; u < world.scale.units(); u++) {
				SplittableRandom random = world.random(2, u);
				World.Place place = world.unitPlace(u);
				String first17 = "91" + place.code() + "B" + "%08d".formatted(u);
				copy.add(world.unitId(u)).add(Names.unit(place.name(), u, random))
					.add(first17 + CreditCodes.checkCharacter(first17))
					.add(UNIT_TYPES[random.nextInt(UNIT_TYPES.length)]).add(place.regionId()).add("f").add("APPROVED")
					.add(CREATED).add(place.name() + "人民路" + (1 + random.nextInt(300)) + "号")
					.add(Names.person(random)).add("020-8" + "%07d".formatted(u));
				copy.end();
			}
			return world.scale.units();
		}
	}

	long accounts(Connection connection) throws SQLException {
		long rows = 0;
		try (CopyStream copy = new CopyStream(connection, "user_account", "id, username, password_hash, display_name, "
				+ "role, unit_id, region_id, created_at, mobile_sealed, mobile_hash, id_number_sealed, id_number_hash, gender, "
				+ "birth_date, education")) {
			for (int u = 0; u < world.scale.units(); u++) {
				reviewer(copy, world.unitOfficerId(u), "bench-unit-" + (u + 1), Names.person(world.random(4, u)),
						"UNIT_HR", world.unitId(u), null);
			}
			for (World.Place county : world.counties) {
				reviewer(copy, world.countyReviewerId(county.county()), "bench-county-" + county.code(),
						Names.person(world.random(5, county.county())), "COUNTY_REVIEWER", null, county.regionId());
			}
			for (int c = 0; c < world.cityIds.size(); c++) {
				reviewer(copy, world.cityReviewerId(c), "bench-city-" + world.cityCodes.get(c),
						Names.person(world.random(6, c)), "CITY_REVIEWER", null, world.cityIds.get(c));
			}
			for (int p = 0; p < world.scale.persons(); p++) {
				person(copy, p);
			}
			reviewer(copy, world.personId(world.scale.persons()), "bench-admin", "省人社厅管理员", "ADMIN", null, null);
			rows = copy.rows();
		}
		return rows;
	}

	/**
	 * The person's account as registration leaves it: a valid-looking ID number of their place and a mobile, sealed
	 * and hashed as the portal keeps them.
	 */
	private void person(CopyStream copy, int p) throws SQLException {
		People person = People.of(world, p);
		String mobile = People.mobile(p);
		copy.add(world.personId(p)).add(personUsername(p)).add(passwordHash).add(person.name()).add("APPLICANT")
			.add(world.unitId(world.personUnit(p))).none().add(CREATED).add(cipher.seal(mobile)).add(index.mobile(mobile))
			.add(cipher.seal(person.idNumber())).add(index.idNumber(person.idNumber()))
			.add(person.male() ? "MALE" : "FEMALE").add(person.born()).add(person.education());
		copy.end();
	}

	static String personUsername(int p) {
		return "bench-p%06d".formatted(p + 1);
	}

	private void reviewer(CopyStream copy, long id, String username, String name, String role, @Nullable Long unitId,
			@Nullable Long regionId) throws SQLException {
		copy.add(id).add(username).add(passwordHash).add(name).add(role).add(unitId).add(regionId).add(CREATED)
			.none().none().none().none().none().none().none();
		copy.end();
	}

	long committees(Connection connection) throws SQLException {
		try (CopyStream copy = new CopyStream(connection, "committee", "id, name, region_id, lowest_level, "
				+ "highest_level, office_name, office_phone, series_id, jurisdiction")) {
			for (int c = 0; c < world.cityIds.size(); c++) {
				for (int f = 0; f < world.fields.size(); f++) {
					for (int t = 0; t < World.TIERS; t++) {
						String name = world.cityNames.get(c) + "工程系列" + world.fields.get(f) + "专业"
								+ (t == 0 ? "初级" : "中级") + "职称评审委员会";
						copy.add(world.committeeId(c, f, t)).add(name).add(world.cityIds.get(c))
							.add(t == 0 ? "STAFF" : "INTERMEDIATE").add(t == 0 ? "ASSISTANT" : "INTERMEDIATE")
							.add(name + "办公室").add("0763-33" + "%05d".formatted(world.committeeIndex(c, f, t)))
							.add(world.seriesId).add("CITY");
						copy.end();
					}
				}
			}
		}
		try (CopyStream copy = new CopyStream(connection, "committee_specialty", "committee_id, specialty_id")) {
			for (int c = 0; c < world.cityIds.size(); c++) {
				for (int f = 0; f < world.fields.size(); f++) {
					for (int t = 0; t < World.TIERS; t++) {
						for (World.Specialty s : world.specialties.get(f)) {
							copy.add(world.committeeId(c, f, t)).add(s.id());
							copy.end();
						}
					}
				}
			}
		}
		windowsAndSessions(connection);
		return world.committees();
	}

	/** Every committee takes files 5 Jan–31 Mar of the year after the 评审年度 (DOMAIN.md §7.2) and sits once. */
	private void windowsAndSessions(Connection connection) throws SQLException {
		try (CopyStream windows = new CopyStream(connection, "intake_window",
				"committee_id, review_year, opens_on, closes_on, amendments_allowed, amendment_working_days")) {
			for (int k = 0; k < world.committees(); k++) {
				for (int year = World.FIRST_YEAR; year < World.FIRST_YEAR + World.YEARS; year++) {
					windows.add(world.committeeBase + 1 + k).add(year).add(Timeline.opens(year))
						.add(Timeline.closes(year)).add("t").add(5);
					windows.end();
				}
			}
		}
		try (CopyStream sessions = new CopyStream(connection, "committee_session", "id, committee_id, review_year, "
				+ "held_on, members_total, members_present, chair, created_by, created_at")) {
			for (int k = 0; k < world.committees(); k++) {
				int city = k / (world.fields.size() * World.TIERS);
				for (int year = World.FIRST_YEAR; year < World.FIRST_YEAR + World.YEARS; year++) {
					LocalDate held = Timeline.sessionHeld(year, world.asOf);
					sessions.add(world.sessionId(k, year)).add(world.committeeBase + 1 + k).add(year).add(held)
						.add(Timeline.MEMBERS).add(Timeline.PRESENT).add(Names.person(world.random(7, k * 10L + year)))
						.add(world.cityReviewerId(city))
						.add(Timeline.at(Timeline.current(year) ? world.asOf.minusDays(2) : held.minusDays(7), 9));
					sessions.end();
				}
			}
		}
	}

}

package cn.zhicheng.portal.system.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.UnitMembershipService;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.Filers;
import cn.zhicheng.portal.application.attachment.AttachmentSection;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.committee.Ballots;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.committee.CommitteeSessions;
import cn.zhicheng.portal.application.committee.CommitteeVotes;
import cn.zhicheng.portal.application.committee.NewSession;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.onboarding.domain.NewOfficer;
import cn.zhicheng.portal.onboarding.domain.RegisterUnit;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.unit.NewUnit;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.validation.CreditCodes;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The world of the access matrix (issue #10 test 4), built once through the real services: two sides whose objects
 * are out of each other's reach. Side A is the demo unit (清城区, 清远市) with files of five of its applicants at several
 * stages, attachments, records, a certificate, a committee session, a correction request, an export and a pending unit
 * of its county; side B is an applicant, officer and reviewer of 英德市 (another unit and county of 清远), and of 番禺区
 * (another city, 广州, with its city reviewer), with a file of its own at the 英德 county. Every object carries who may
 * reach it; everyone else must meet it as if it did not exist.
 */
final class AccessWorld {

	static final String ANONYMOUS = "anonymous";

	static final String ADMIN = "admin";

	static final String APPLICANT = "applicant";

	static final String UNIT = "unit";

	static final String COUNTY = "county";

	static final String CITY = "city";

	static final Set<String> EVERYONE = Set.of(ANONYMOUS, ADMIN, APPLICANT, UNIT, COUNTY, CITY, "applicant-yd",
			"unit-yd", "county-yd", "applicant-py", "unit-py", "county-py", "city-gz");

	/** Kinds of object a path variable names; the matrix picks the kind from the path. */
	enum Kind {

		APPLICATION, NOTICE_FILE, ATTACHMENT, OBJECTION, RECORD, CERTIFICATE, CHANGE_REQUEST, ACCOUNT, PENDING_UNIT,
		EXPORT, SESSION, PUBLISHED_SESSION, CORRECTION

	}

	/** A real object: its id and the callers in whose reach it is (the administrator's is everything). */
	record Thing(String label, long id, Set<String> reach) {
	}

	/** The signed-in callers by key; the anonymous visitor has none. */
	final Map<String, PortalUser> callers = new LinkedHashMap<>();

	final Map<Kind, List<Thing>> things = new EnumMap<>(Kind.class);

	/** Names of applicants that must never show on a page of a caller out of their reach. */
	final List<Thing> names = new ArrayList<>();

	/** Files whose state the probes must leave alone. */
	final List<Long> files = new ArrayList<>();

	final List<Long> accounts = new ArrayList<>();

	/** GET paths the caller must open (2xx): the controls that show the matrix can fail. */
	final List<String[]> controls = new ArrayList<>();

	private final CommitteeFiles committeeFiles;

	private final JdbcTemplate jdbc;

	AccessWorld(CommitteeFiles committeeFiles, Accounts accountService, PersonalRecords records,
			AttachmentService attachments, CommitteeSessions sessions, CommitteeVotes votes, Certificates certificates,
			UnitMembershipService membership, UnitOnboardingService onboarding, JdbcTemplate jdbc, MutableClock clock) {
		this.committeeFiles = committeeFiles;
		this.jdbc = jdbc;
		for (Kind kind : Kind.values()) {
			things.put(kind, new ArrayList<>());
		}
		long yingdeUnit = unit("12441881MB2D10007L");
		long panyuUnit = unit("11440113MB2C10005Y");
		callers.put(ADMIN, committeeFiles.user("demo-admin"));
		callers.put(UNIT, committeeFiles.user("demo-unit"));
		callers.put(COUNTY, committeeFiles.user("demo-county"));
		callers.put(CITY, committeeFiles.city());
		callers.put("unit-yd", account(accountService, "am-unit-yd", Role.UNIT_HR, yingdeUnit, null));
		callers.put("county-yd", account(accountService, "am-county-yd", Role.COUNTY_REVIEWER, null, region("441881")));
		callers.put("applicant-py", account(accountService, "am-applicant-py", Role.APPLICANT, panyuUnit, null));
		callers.put("unit-py", account(accountService, "am-unit-py", Role.UNIT_HR, panyuUnit, null));
		callers.put("county-py", account(accountService, "am-county-py", Role.COUNTY_REVIEWER, null, region("440113")));
		callers.put("city-gz", committeeFiles.otherCityReviewer());

		long committee = committeeFiles.committee(CommitteeFiles.COMMITTEE);
		Set<String> sideA = Set.of(UNIT, COUNTY, CITY);
		long draft = file("draft", Set.of(), committee, ApplicationStatus.DRAFT, records, attachments, null);
		file("submitted", sideA, committee, ApplicationStatus.SUBMITTED, records, attachments, null);
		long notice = file("notice", sideA, committee, ApplicationStatus.IN_PUBLIC_NOTICE, records, attachments, null);
		long atCounty = file("county", sideA, committee, ApplicationStatus.COUNTY_REVIEW, records, attachments, null);
		long atCity = file("city", sideA, committee, ApplicationStatus.CITY_REVIEW, records, attachments, null);
		long passed = file("committee", sideA, committee, ApplicationStatus.IN_COMMITTEE_REVIEW, records, attachments,
				APPLICANT);
		PortalUser yingde = committeeFiles.applicant();
		jdbc.update("update user_account set unit_id = ? where id = ?", yingdeUnit, yingde.id());
		callers.put("applicant-yd", committeeFiles.user(yingde.getUsername()));
		long bFile = file("yingde", Set.of("applicant-yd", "unit-yd", "county-yd", CITY), committee,
				ApplicationStatus.COUNTY_REVIEW, records, attachments, "applicant-yd");

		// The public notice shows the file under notice to everyone, and nothing else.
		for (Thing file : things.get(Kind.APPLICATION)) {
			things.get(Kind.NOTICE_FILE)
				.add(new Thing(file.label(), file.id(), file.id() == notice ? EVERYONE : Set.of()));
		}

		// 评审会 of the demo city, the file voted through, 评后公示 published and run out, the certificate issued.
		long session = sessions.create(callers.get(CITY), new NewSession(committee, 2025, LocalDate.of(2026, 3, 20), 9,
				9, "张主任"));
		votes.vote(callers.get(CITY), session, passed, new Ballots(7, 2, 0));
		clock.set(Instant.parse("2026-04-02T02:00:00Z"));
		sessions.publish(callers.get(CITY), session, version("committee_session", session), LocalDate.of(2026, 4, 2));
		clock.set(Instant.parse("2026-04-10T02:00:00Z"));
		long certificate = certificates.issueFor(passed).id();
		add(Kind.SESSION, "session", session, Set.of(CITY));
		add(Kind.PUBLISHED_SESSION, "published session", session, EVERYONE);
		add(Kind.CERTIFICATE, "certificate", certificate, Set.of(APPLICANT));
		controls.add(new String[] { APPLICANT, "/applicant/certificates/" + certificate + ".pdf" });
		controls.add(new String[] { CITY, "/city/committee-sessions/" + session });

		// A correction request to the demo city, as the public form would leave it.
		long correction = jdbc.queryForObject("""
				insert into certificate_correction (city_id, holder_name, holder_id_hash, holder_id_masked,
				       contact_mobile_sealed, description, client_hash, submitted_at)
				values (?, '访问矩阵', repeat('a', 64), '4418**********0000', ?, '证书姓名有误',
				        repeat('b', 64), ?) returning id""", Long.class, region("441800"),
				PersonalNumbers.using(jdbc).seal("13900000000"), Timestamp.from(clock.instant()));
		add(Kind.CORRECTION, "correction", correction, Set.of(CITY));
		controls.add(new String[] { CITY, "/city/certificate-corrections/" + correction });

		// Unit changes: one of side A to the 英德 unit, one from 番禺 to the demo unit.
		PortalUser mover = committeeFiles.applicant();
		membership.choose(mover, yingdeUnit, "调动");
		add(Kind.CHANGE_REQUEST, "to 英德", request(mover.id()), Set.of("unit-yd"));
		membership.choose(callers.get("applicant-py"), unit(CommitteeFiles.DEMO_UNIT), "调动");
		add(Kind.CHANGE_REQUEST, "to demo unit", request(callers.get("applicant-py").id()),
				Set.of("applicant-py", UNIT));
		accounts.add(mover.id());

		// A unit waiting for approval in 清城区 under the 清城 branch bureau: the county, the city and that bureau.
		long n = People.next() + 700_000L;
		String first17 = "91441802" + String.format("%09d", n);
		long pending = onboarding.register(new RegisterUnit(
				new NewUnit("访问矩阵单位" + n, first17 + CreditCodes.checkCharacter(first17),
						UnitType.PUBLIC_INSTITUTION, region("441802"), unit("11441802MB2C100028"), "清远市新城" + n + "号",
						"王联系", "0763-3381234"),
				new NewOfficer("am-officer-" + n, "Officer#2026", "刘专员", "165" + String.format("%08d", n))));
		add(Kind.PENDING_UNIT, "pending unit", pending, Set.of(COUNTY, CITY));

		controls.add(new String[] { APPLICANT, "/applicant/applications/" + passed });
		controls.add(new String[] { "applicant-yd", "/applicant/applications/" + bFile });
		controls.add(new String[] { UNIT, "/unit/applications/" + notice });
		controls.add(new String[] { COUNTY, "/county/applications/" + atCounty });
		controls.add(new String[] { CITY, "/city/applications/" + atCity });
		controls.add(new String[] { "county-yd", "/county/applications/" + bFile });
		controls.add(new String[] { ANONYMOUS, "/results/" + session });
		files.add(draft);
	}

	/** An export of the demo unit's queue, started as the page starts one. */
	void export(long id) {
		add(Kind.EXPORT, "export", id, Set.of(UNIT));
		controls.add(new String[] { UNIT, "/unit/exports/" + id + "/progress" });
	}

	/**
	 * A fresh applicant's file driven to {@code stop}, an attachment on it, its records and its owner's account;
	 * {@code ownerKey} makes the owner a caller.
	 */
	private long file(String label, Set<String> reviewers, long committee, ApplicationStatus stop,
			PersonalRecords records, AttachmentService attachments, String ownerKey) {
		PortalUser applicant = ownerKey != null && callers.containsKey(ownerKey) ? callers.get(ownerKey)
				: committeeFiles.applicant();
		if (ownerKey != null) {
			callers.put(ownerKey, applicant);
		}
		long[] attachment = new long[1];
		long id;
		if (stop == ApplicationStatus.DRAFT) {
			id = committeeFiles.draft(applicant, committee);
			attachment[0] = upload(attachments, applicant, id);
		}
		else {
			boolean yingde = "applicant-yd".equals(ownerKey);
			id = committeeFiles.file(applicant, committee, file -> attachment[0] = upload(attachments, applicant, file),
					stop, yingde ? callers.get("unit-yd") : callers.get(UNIT),
					yingde ? callers.get("county-yd") : callers.get(COUNTY));
		}
		Set<String> reach = new java.util.HashSet<>(reviewers);
		if (ownerKey != null) {
			reach.add(ownerKey);
		}
		add(Kind.APPLICATION, label, id, reach);
		add(Kind.ATTACHMENT, label, attachment[0], reach);
		add(Kind.RECORD, label, records.educations(applicant.id()).getFirst().id(), reach);
		Set<String> staff = new java.util.HashSet<>(reach);
		staff.add("applicant-yd".equals(ownerKey) ? "unit-yd" : UNIT);
		add(Kind.ACCOUNT, label, applicant.id(), staff);
		names.add(new Thing(applicant.displayName(), id, staff));
		files.add(id);
		accounts.add(applicant.id());
		return id;
	}

	private static long upload(AttachmentService attachments, PortalUser applicant, long file) {
		return attachments.upload(applicant.id(), file, AttachmentSection.EDUCATION, "学位证书.jpg", Filers.jpeg()).id();
	}

	private void add(Kind kind, String label, long id, Set<String> reach) {
		things.get(kind).add(new Thing(label, id, reach));
	}

	private PortalUser account(Accounts accountService, String prefix, Role role, Long unitId, Long regionId) {
		String username = People.username(prefix, People.next());
		accountService.createIfAbsent(new NewAccount(username, "Matrix#2026", "矩阵" + username.substring(3), role, unitId,
				regionId));
		PortalUser user = committeeFiles.user(username);
		accounts.add(user.id());
		return user;
	}

	private long request(long applicantId) {
		return jdbc.queryForObject("select max(id) from unit_change_request where applicant_id = ?", Long.class,
				applicantId);
	}

	private long unit(String creditCode) {
		return jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, creditCode);
	}

	private long region(String code) {
		return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
	}

	private long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

}

package cn.zhicheng.portal.browser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.SaveContent;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.validation.CreditCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data {@link XssBrowserTests} shows back: a fresh applicant of the demo unit whose name, records and file carry
 * payloads, filed through the services and returned by the unit with payload reasons; a pending unit with its officer,
 * an objection, a unit change request, certificate corrections, a certificate, a committee, a catalog field, an
 * announcement, messages and an audit record. Stored text goes in through the services where they take free text and
 * otherwise straight into its column at full length: a page must escape whatever is stored, including what a form's
 * validation would have refused (imports, older versions, an operator's SQL). Every value is recorded under a key so
 * the test can require it back, literally, on the pages that show it.
 */
final class XssWorld {

	private final XssBrowserTests.Beans beans;

	/** Field key to the value stored in it. */
	final Map<String, String> planted = new LinkedHashMap<>();

	private int rotation;

	PortalUser applicant;

	long applicationId;

	long unitId;

	long officerId;

	long contentId;

	long committeeId;

	long correctionId;

	String certificateNumber;

	XssWorld(XssBrowserTests.Beans beans) {
		this.beans = beans;
	}

	/** The next value for a column of {@code max} characters: the payloads that fit, rotated from field to field. */
	String plant(String key, int max) {
		String value = XssPayloads.fitting(max, this.rotation);
		this.rotation += 5;
		this.planted.put(key, value);
		return value;
	}

	String value(String key) {
		return this.planted.get(key);
	}

	/** The applicant with demo-applicant's records, its evaluation filed and submitted, then payloads stored. */
	void fileAndPlant() {
		var jdbc = this.beans.jdbc();
		int n = People.next();
		String username = People.username("xss", n);
		long demoUnit = jdbc.queryForObject("select id from employer_unit where credit_code = '12441802MB2D10003T'",
				Long.class);
		this.beans.accounts().createIfAbsent(new NewAccount(username, BrowserTestSupport.PASSWORD, "跨站" + n,
				Role.APPLICANT, demoUnit, null, People.mobile(n)));
		PersonalNumbers.using(jdbc).completePerson(username, People.idNumber(n));
		this.applicant = user(username);
		long demo = user("demo-applicant").id();
		copy(this.beans.records().educations(demo));
		copy(this.beans.records().work(demo));
		copy(this.beans.records().trainings(demo));
		copy(this.beans.records().appraisals(demo));
		copy(this.beans.records().achievements(demo));
		jdbc.update("""
				insert into person_photo (account_id, content, width, height, uploaded_at)
				select ?, content, width, height, uploaded_at from person_photo where account_id = ?""",
				this.applicant.id(), demo);
		this.applicationId = submitted();
		plantFile();
	}

	private void plantFile() {
		var jdbc = this.beans.jdbc();
		long owner = this.applicant.id();
		String name = plant("account.name", 64);
		jdbc.update("update user_account set display_name = ? where id = ?", name, owner);
		jdbc.update("update application set applicant_name = ? where id = ?", name, this.applicationId);
		jdbc.update("update education_record set school = ?, major = ?, certificate_no = ? where owner_id = ?",
				plant("education.school", 100), plant("education.major", 100), plant("education.certificate", 60),
				owner);
		jdbc.update("""
				update work_record set unit_name = ?, position = ?, work_content = ?, witness = ?
				where owner_id = ?""", plant("work.unit", 100), plant("work.position", 60),
				plant("work.content", 500), plant("work.witness", 40), owner);
		jdbc.update("update training_record set certificate_no = ? where owner_id = ?",
				plant("training.certificate", 60), owner);
		jdbc.update("""
				update achievement_record set title = ?, role_or_rank = ?, level_or_journal = ?, description = ?
				where owner_id = ?""", plant("achievement.title", 200), plant("achievement.role", 60),
				plant("achievement.level", 100), plant("achievement.description", 1000), owner);
		jdbc.update("""
				update application set current_specialty = ?, administrative_post = ?, title_name = ?,
				       title_certificate_no = ?, title_authority = ?, before_summary = ?, work_summary = ?
				where id = ?""", plant("app.specialty", 60), plant("app.post", 60), plant("app.title", 60),
				plant("app.certificate", 60), plant("app.authority", 100), plant("app.before", 2000),
				plant("app.work", 3000), this.applicationId);
	}

	/** The unit's 退回 with five payload reasons, one per section, through the review service. */
	void returnWithReasons() {
		List<FilingStep> sections = List.of(FilingStep.PERSONAL, FilingStep.EDUCATION, FilingStep.TRAINING,
				FilingStep.ACHIEVEMENTS, FilingStep.DECLARATION);
		List<ReturnReasonInput> reasons = sections.stream()
			.map(step -> new ReturnReasonInput(step, plant("return." + step, 500)))
			.toList();
		this.beans.reviews().returnToApplicant(user("demo-unit"), this.applicationId, version(), reasons, null);
	}

	/** Submitted again and put under the unit's 评前公示, with an open and a resolved objection. */
	void resubmitAndStartNotice() {
		assertThat(this.beans.applications().submit(this.applicant, this.applicationId, version()).problems())
			.isEmpty();
		this.beans.reviews().startNotice(user("demo-unit"), this.applicationId, version(),
				LocalDate.now(this.beans.clock()));
		var jdbc = this.beans.jdbc();
		String text = plant("objection.text", 1000);
		jdbc.update("""
				insert into objection (application_id, lodged_at, contact_name, contact_phone_sealed, text, text_hash,
				                       client_hash)
				values (?, now(), ?, ?, ?, ?, ?)""", this.applicationId, plant("objection.contact", 40),
				PersonalNumbers.using(jdbc).seal("13900000000"),
				text, sha256(text), sha256("client"));
		String resolved = plant("objection.text2", 1000);
		jdbc.update("""
				insert into objection (application_id, lodged_at, text, text_hash, client_hash, status, resolution,
				                       resolved_by, resolved_at)
				values (?, now(), ?, ?, ?, 'RESOLVED', ?, ?, now())""", this.applicationId, resolved,
				sha256(resolved), sha256("client"), plant("objection.resolution", 1000), user("demo-unit").id());
	}

	/** The notice has run its course; the unit forwards to the county. */
	void forwardToCounty() {
		this.beans.jdbc().update("""
				update application set notice_starts_on = notice_starts_on - 30, notice_ends_on = ? where id = ?""",
				LocalDate.now(this.beans.clock()).minusDays(1), this.applicationId);
		this.beans.reviews().forward(user("demo-unit"), this.applicationId, version());
	}

	void forwardToCity() {
		this.beans.reviews().forward(user("demo-county"), this.applicationId, version());
	}

	/** The city's 不予受理 with a payload reason: a reviewer's comment, kept in the file's history. */
	void notAccepted() {
		this.beans.reviews().decide(user("demo-city"), this.applicationId, version(), WorkflowAction.NOT_ACCEPT,
				plant("history.city", 2000));
	}

	/**
	 * What other people and the administrator wrote: a pending unit of 清城区 (name, address, contact, officer), its
	 * officer's request to move the applicant, certificate corrections, a certificate, a committee, a catalog field, an
	 * announcement (through the content service, which sanitises the body), messages and an audit record.
	 */
	void plantTheRest() {
		var jdbc = this.beans.jdbc();
		int n = People.next();
		long county = jdbc.queryForObject("select id from region where code = '441802'", Long.class);
		long city = jdbc.queryForObject("select id from region where code = '441800'", Long.class);
		String first17 = "91441802" + String.format("%09d", 700_000_000 + n);
		this.unitId = jdbc.queryForObject("""
				insert into employer_unit (name, credit_code, type, region_id, status, address, contact_name,
				                           contact_phone)
				values (?, ?, 'GOVERNMENT_ORGAN', ?, 'PENDING', ?, ?, '0763-3381234') returning id""", Long.class,
				plant("unit.name", 128), first17 + CreditCodes.checkCharacter(first17), county,
				plant("unit.address", 200), plant("unit.contact", 64));
		String officer = People.username("xss-unit", n);
		this.beans.accounts().createIfAbsent(new NewAccount(officer, BrowserTestSupport.PASSWORD, "刘专员",
				Role.UNIT_HR, this.unitId, null, People.mobile(People.next())));
		this.officerId = user(officer).id();
		jdbc.update("update user_account set display_name = ? where id = ?", plant("officer.name", 64),
				this.officerId);
		long demoUnit = jdbc.queryForObject("select id from employer_unit where credit_code = '12441802MB2D10003T'",
				Long.class);
		jdbc.update("""
				insert into unit_change_request (applicant_id, from_unit_id, to_unit_id, status, reason, created_at)
				values (?, ?, ?, 'PENDING', ?, now())""", this.applicant.id(), this.unitId, demoUnit,
				plant("change.reason", 500));
		this.correctionId = correction(city, "correction.holder", "correction.description", null);
		correction(city, "correction.holder2", "correction.description2", "correction.resolution");
		this.certificateNumber = "XSS" + n;
		jdbc.update("""
				insert into certificate (number, holder_account_id, holder_name, title_name, series_name,
				                         specialty_name, level, review_year, committee_name, issuer, issued_on, source)
				values (?, ?, ?, ?, '工程系列', ?, 'INTERMEDIATE', 2024, ?, ?, date '2025-01-10', 'IMPORTED')""",
				this.certificateNumber, this.applicant.id(), plant("certificate.holder", 64), plant("certificate.title", 60),
				plant("certificate.specialty", 100), plant("certificate.committee", 100),
				plant("certificate.issuer", 100));
		this.committeeId = jdbc.queryForObject("""
				insert into committee (name, region_id, lowest_level, highest_level, office_name)
				values (?, ?, 'INTERMEDIATE', 'INTERMEDIATE', ?) returning id""", Long.class,
				plant("committee.name", 128), city, plant("committee.office", 128));
		jdbc.update("insert into field (series_id, name) select id, ? from title_series where code = 'ENGINEERING'",
				plant("catalog.field", 64));
		String body = XssPayloads.fitting(5000, 0) + "\n\n[链接](javascript:xss(40)) <a href=\"javascript:xss(41)\">a</a>";
		this.planted.put("content.body", body);
		this.contentId = this.beans.content().create(new SaveContent(ContentSection.ANNOUNCEMENT,
				plant("content.title", 200), plant("content.summary", 500), body, null, null, true), null);
		this.beans.content().publish(this.contentId);
		jdbc.update("""
				insert into notification_record (channel, recipient_account_id, purpose, text, status, sent_at)
				values ('IN_APP', ?, 'APPLICATION', ?, 'SENT', now())""", this.applicant.id(), plant("notification.inapp", 1000));
		jdbc.update("""
				insert into notification_record (channel, mobile_sealed, purpose, text, status, sent_at)
				values ('SMS', ?, 'APPLICATION', ?, 'SENT', now())""", PersonalNumbers.using(jdbc).seal("13900000000"),
				plant("notification.sms", 1000));
		this.beans.audit().record(new AuditEntry(this.applicant.id(), "APPLICANT", plant("audit.actor", 64),
				"SIGN_IN", "ACCOUNT", this.applicant.id(), plant("audit.detail", 500), null, null));
	}

	private long correction(long city, String holder, String description, String resolution) {
		boolean resolved = resolution != null;
		return this.beans.jdbc().queryForObject("""
				insert into certificate_correction (city_id, holder_name, holder_id_hash, holder_id_masked,
				    contact_mobile_sealed, description, client_hash, submitted_at, status, resolution, resolved_by,
				    resolved_at)
				values (?, ?, ?, '441802********1234', ?, ?, ?, now(), ?, ?, ?, ?) returning id""",
				Long.class, city, plant(holder, 64), sha256(holder),
				PersonalNumbers.using(this.beans.jdbc()).seal("13900001234"), plant(description, 1000), sha256("client"),
				resolved ? "RESOLVED" : "OPEN", resolved ? plant(resolution, 1000) : null,
				resolved ? user("demo-city").id() : null, resolved ? java.sql.Timestamp.from(this.beans.clock().instant())
						: null);
	}

	/** As ReviewChainBrowserTests files for demo-applicant: 评审申请 for 工程师 this review year, submitted. */
	private long submitted() {
		var applications = this.beans.applications();
		var jdbc = this.beans.jdbc();
		int year = ReviewYears.current(LocalDate.now(this.beans.clock()));
		long id = applications.start(this.applicant, ApplicationType.EVALUATION, year);
		applications.chooseUnit(this.applicant, id, version(id));
		applications.savePersonal(this.applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2010, 7, 15),
				"生态环境监测", null, "助理工程师", TitleLevel.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 3, 10),
				2020, null, null));
		choose(id, FilingStep.EDUCATION, RecordKind.EDUCATION, this.beans.records().educations(this.applicant.id()));
		choose(id, FilingStep.EDUCATION, RecordKind.WORK, this.beans.records().work(this.applicant.id()));
		choose(id, FilingStep.TRAINING, RecordKind.TRAINING, this.beans.records().trainings(this.applicant.id()));
		choose(id, FilingStep.APPRAISAL, RecordKind.APPRAISAL, this.beans.records().appraisals(this.applicant.id()));
		choose(id, FilingStep.ACHIEVEMENTS, RecordKind.ACHIEVEMENT,
				this.beans.records().achievements(this.applicant.id()));
		applications.saveDeclaration(this.applicant.id(), id, version(id), new DeclarationAnswers(
				jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class),
				jdbc.queryForObject("select id from specialty where name = '生态环境监测'", Long.class),
				TitleLevel.INTERMEDIATE,
				jdbc.queryForObject("select id from committee where name = '清远市工程系列生态环境专业中级职称评审委员会'",
						Long.class),
				Route.NORMAL, null, null, null, null, null, null, null, null, null));
		assertThat(applications.submit(this.applicant, id, version(id)).problems()).isEmpty();
		return id;
	}

	private <T extends RecordEntry> void copy(List<StoredRecord<T>> rows) {
		rows.forEach(row -> this.beans.records().add(this.applicant.id(), row.entry()));
	}

	private <T extends RecordEntry> void choose(long id, FilingStep step, RecordKind kind, List<StoredRecord<T>> rows) {
		List<Long> ids = rows.stream().map(StoredRecord::id).toList();
		this.beans.applications().saveSelection(this.applicant.id(), id, version(id), step, kind, Set.copyOf(ids), ids);
	}

	long version() {
		return version(this.applicationId);
	}

	private long version(long id) {
		return this.beans.jdbc().queryForObject("select version from application where id = ?", Long.class, id);
	}

	PortalUser user(String username) {
		return (PortalUser) this.beans.users().loadUserByUsername(username);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

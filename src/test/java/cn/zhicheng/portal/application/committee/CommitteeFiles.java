package cn.zhicheng.portal.application.committee;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files in 评审中 for committee tests, driven through the services as the people would: a fresh applicant of the demo
 * unit (eligible for 工程师 in 2025年度) files with the 清远 中级 生态环境 committee in its 2025 window, the demo unit runs
 * the 评前公示 and forwards, the demo county forwards, the demo city accepts and starts the committee review.
 */
public final class CommitteeFiles {

	public static final String COMMITTEE = "清远市工程系列生态环境专业中级职称评审委员会";

	public static final String DEMO_UNIT = "12441802MB2D10003T";

	/** A Monday in the 2025 window (2026-01-05 to 2026-03-31), 10:00 in 清远. */
	public static final Instant FILING = Instant.parse("2026-03-02T02:00:00Z");

	private final Accounts accounts;

	private final UserDetailsService users;

	private final PersonalRecords records;

	private final ApplicationService applications;

	private final ReviewService reviews;

	private final JdbcTemplate jdbc;

	private final MutableClock clock;

	public CommitteeFiles(Accounts accounts, UserDetailsService users, PersonalRecords records,
			ApplicationService applications, ReviewService reviews, JdbcTemplate jdbc, MutableClock clock) {
		this.accounts = accounts;
		this.users = users;
		this.records = records;
		this.applications = applications;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public PortalUser user(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	public PortalUser city() {
		return user("demo-city");
	}

	public long committee(String name) {
		return jdbc.queryForObject("select id from committee where name = ?", Long.class, name);
	}

	/** A city reviewer of another city (广州市), with a committee of its own there. */
	public PortalUser otherCityReviewer() {
		long guangzhou = jdbc.queryForObject("select id from region where code = '440100'", Long.class);
		jdbc.update("""
				insert into committee (name, region_id, lowest_level, highest_level, office_name)
				values ('广州市工程系列测试中级职称评审委员会', ?, 'INTERMEDIATE', 'INTERMEDIATE', '广州市测试评委会办公室')
				on conflict (name) do nothing""", guangzhou);
		int n = People.next();
		String username = People.username("gz-city", n);
		accounts.createIfAbsent(new NewAccount(username, "Review#2026", "广州" + n, Role.CITY_REVIEWER, null, guangzhou));
		return user(username);
	}

	/** A fresh applicant with the records of a complete file and a photo. */
	public PortalUser applicant() {
		int n = People.next();
		String username = People.username("committee", n);
		Long unit = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, DEMO_UNIT);
		accounts.createIfAbsent(new NewAccount(username, "Filing#2026", "评委" + n, Role.APPLICANT, unit, null,
				People.mobile(n)));
		PersonalNumbers.using(jdbc).completePerson(username, People.idNumber(n));
		PortalUser user = user(username);
		long id = user.id();
		records.add(id, new EducationEntry("广东工业大学", "环境工程", Education.BACHELOR, true, LocalDate.of(2008, 9, 1),
				LocalDate.of(2012, 7, 1), null));
		records.add(id, new WorkEntry("清远市清城区环境监测站", LocalDate.of(2012, 7, 15), null, "监测员", "环境监测", null));
		for (int year = 2021; year <= 2025; year++) {
			records.add(id, new TrainingEntry(year, 30, 60, 10, "JX" + year));
			records.add(id, new AppraisalEntry(year, AppraisalResult.PASS));
		}
		records.add(id, new AchievementEntry(AchievementKind.PROJECT, "水质自动监测站运维", "负责人", "市级",
				LocalDate.of(2023, 6, 1), null));
		jdbc.update("insert into person_photo (account_id, content, width, height, uploaded_at) values (?, ?, 390, 567, ?)",
				id, jpeg(), Timestamp.from(Instant.now()));
		return user;
	}

	/** Files an application for 工程师 in 2025年度 and drives it to 评审中 (IN_COMMITTEE_REVIEW). */
	public long inCommitteeReview(PortalUser applicant) {
		return file(applicant, committee(COMMITTEE), id -> {
		}, ApplicationStatus.IN_COMMITTEE_REVIEW);
	}

	/**
	 * Files an application for 工程师 in 2025年度 with {@code committeeId}, runs {@code beforeSubmit} on the draft (to
	 * upload attachments), submits it and drives it through the unit's notice and the county to {@code stop}: the
	 * city's review (CITY_REVIEW), 受理 (ACCEPTED) or 评审中 (IN_COMMITTEE_REVIEW).
	 */
	public long file(PortalUser applicant, long committeeId, LongConsumer beforeSubmit, ApplicationStatus stop) {
		return file(applicant, committeeId, beforeSubmit, stop, user("demo-unit"), user("demo-county"));
	}

	/**
	 * As {@link #file(PortalUser, long, LongConsumer, ApplicationStatus)}, for an applicant of any unit, with that
	 * unit's officer and its county's reviewer; stops also at 已提交 (SUBMITTED), 评前公示 (IN_PUBLIC_NOTICE) and the
	 * county's review (COUNTY_REVIEW).
	 */
	public long file(PortalUser applicant, long committeeId, LongConsumer beforeSubmit, ApplicationStatus stop,
			PortalUser unit, PortalUser county) {
		long id = draft(applicant, committeeId);
		beforeSubmit.accept(id);
		assertThat(applications.submit(applicant, id, version(id)).problems()).isEmpty();
		if (stop != ApplicationStatus.SUBMITTED) {
			LocalDate noticeEnds = reviews.startNotice(unit, id, version(id), LocalDate.now(clock));
			if (stop != ApplicationStatus.IN_PUBLIC_NOTICE) {
				clock.set(noticeEnds.plusDays(1).atTime(10, 0).atZone(clock.getZone()).toInstant());
				reviews.forward(unit, id, version(id));
			}
		}
		if (stop.compareTo(ApplicationStatus.CITY_REVIEW) >= 0) {
			reviews.forward(county, id, version(id));
		}
		if (stop.compareTo(ApplicationStatus.ACCEPTED) >= 0) {
			reviews.decide(city(), id, version(id), WorkflowAction.ACCEPT, null);
		}
		if (stop == ApplicationStatus.IN_COMMITTEE_REVIEW) {
			reviews.decide(city(), id, version(id), WorkflowAction.START_COMMITTEE_REVIEW, null);
		}
		assertThat(status(id)).isEqualTo(stop.name());
		return id;
	}

	/** A complete draft (草稿) for 工程师 in 2025年度 with {@code committeeId}, on the filing day, not yet submitted. */
	public long draft(PortalUser applicant, long committeeId) {
		clock.set(FILING);
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2025);
		applications.chooseUnit(applicant, id, version(id));
		applications.savePersonal(applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2012, 7, 15),
				"环境监测", null, "助理工程师", TitleLevel.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 3, 10), 2020,
				null, null));
		choose(applicant, id, FilingStep.EDUCATION, RecordKind.WORK, records.work(applicant.id()));
		choose(applicant, id, FilingStep.EDUCATION, RecordKind.EDUCATION, records.educations(applicant.id()));
		choose(applicant, id, FilingStep.TRAINING, RecordKind.TRAINING, records.trainings(applicant.id()));
		choose(applicant, id, FilingStep.ACHIEVEMENTS, RecordKind.ACHIEVEMENT, records.achievements(applicant.id()));
		choose(applicant, id, FilingStep.APPRAISAL, RecordKind.APPRAISAL, records.appraisals(applicant.id()));
		long series = jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class);
		long specialty = jdbc.queryForObject("select id from specialty where name = '生态环境监测'", Long.class);
		applications.saveDeclaration(applicant.id(), id, version(id), new DeclarationAnswers(series, specialty,
				TitleLevel.INTERMEDIATE, committeeId, Route.NORMAL, null, null, null, null, null, null, null, null,
				null));
		return id;
	}

	public String status(long id) {
		return jdbc.queryForObject("select status from application where id = ?", String.class, id);
	}

	public long version(long id) {
		return jdbc.queryForObject("select version from application where id = ?", Long.class, id);
	}

	private <T extends cn.zhicheng.portal.records.RecordEntry> void choose(PortalUser applicant, long id,
			FilingStep step, RecordKind kind, List<StoredRecord<T>> stored) {
		List<Long> ids = stored.stream().map(StoredRecord::id).toList();
		applications.saveSelection(applicant.id(), id, version(id), step, kind, Set.copyOf(ids), ids);
	}

	private static byte[] jpeg() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(390, 567, BufferedImage.TYPE_INT_RGB), "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

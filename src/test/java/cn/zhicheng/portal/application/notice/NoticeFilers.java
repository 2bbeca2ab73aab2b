package cn.zhicheng.portal.application.notice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Submitted files for the notice tests, filed through the wizard's pages as in the application module's
 * ApplicationFilingTests (whose Filers is package-private there): an applicant of demo-unit's unit (清远市清城区环境监测
 * 站) with a 2023 project since the current title and a 2015 paper before it, filing for 工程师 of 2025年度 with the
 * 清远 中级 committee, whose window runs 2026-01-05 to 2026-03-31.
 */
final class NoticeFilers {

	static final String DEMO_UNIT = "12441802MB2D10003T";

	private final MockMvcTester mvc;

	private final ApplicationService applications;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final PersonalRecords records;

	private final JdbcTemplate jdbc;

	NoticeFilers(MockMvcTester mvc, ApplicationService applications, Accounts accounts, UserDetailsService users,
			PersonalRecords records, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.applications = applications;
		this.accounts = accounts;
		this.users = users;
		this.records = records;
		this.jdbc = jdbc;
	}

	/** A fresh applicant with the whole file's records and a photo, and their application submitted to the unit. */
	long submitted(String prefix) {
		PortalUser applicant = completeApplicant(prefix);
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2025);
		String base = "/applicant/applications/" + id + "/steps/";
		post(applicant, base + "unit", Map.of("version", version(id), "next", "1"));
		post(applicant, base + "personal", Map.of("version", version(id), "workStartedOn", "2012-07-15",
				"currentSpecialty", "环境监测", "titleName", "助理工程师", "titleLevel", "ASSISTANT", "titleObtainedBy",
				"EVALUATION", "titleObtainedOn", "2021-03-10", "titleEvaluationYear", "2020", "next", "1"));
		post(applicant, base + "education", Map.of("version", version(id), "chosen", ids(applicant, "education_record"),
				"chosenWork", ids(applicant, "work_record"), "next", "1"));
		post(applicant, base + "training",
				Map.of("version", version(id), "chosen", ids(applicant, "training_record"), "next", "1"));
		post(applicant, base + "before", Map.of("version", version(id), "skip", "1"));
		post(applicant, base + "achievements", Map.of("version", version(id), "chosen",
				ids(applicant, "achievement_record"), "summary", "负责自动站运维。", "next", "1"));
		post(applicant, base + "appraisal",
				Map.of("version", version(id), "chosen", ids(applicant, "appraisal_record"), "next", "1"));
		post(applicant, base + "declaration", Map.of("version", version(id), "seriesId",
				String.valueOf(jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class)),
				"specialtyId",
				String.valueOf(jdbc.queryForObject("select id from specialty where name = '生态环境监测'", Long.class)),
				"targetLevel", "INTERMEDIATE", "route", "NORMAL", "committeeId",
				String.valueOf(jdbc.queryForObject("select id from committee where name = ?", Long.class,
						"清远市工程系列生态环境专业中级职称评审委员会")),
				"next", "1"));
		post(applicant, base + "submit", Map.of("version", version(id), "confirmed", "1"));
		assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id))
			.as("the file was submitted").isEqualTo("SUBMITTED");
		return id;
	}

	/** An HR officer of some other approved unit than demo-unit's. */
	PortalUser otherUnitOfficer() {
		int n = People.next();
		String username = People.username("other-hr", n);
		Long unit = jdbc.queryForObject(
				"select min(id) from employer_unit where credit_code <> ? and status = 'APPROVED'", Long.class,
				DEMO_UNIT);
		accounts.createIfAbsent(new NewAccount(username, "Officer#2026", "他单位" + n, Role.UNIT_HR, unit, null,
				People.mobile(n)));
		return (PortalUser) users.loadUserByUsername(username);
	}

	private PortalUser completeApplicant(String prefix) {
		int n = People.next();
		String username = People.username(prefix, n);
		Long unit = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, DEMO_UNIT);
		accounts.createIfAbsent(new NewAccount(username, "Filing#2026", "申报" + n, Role.APPLICANT, unit, null,
				People.mobile(n)));
		PersonalNumbers.using(jdbc).completePerson(username, People.idNumber(n));
		PortalUser user = (PortalUser) users.loadUserByUsername(username);
		long id = user.id();
		records.add(id, new EducationEntry("广东工业大学", "环境工程", Education.BACHELOR, true, LocalDate.of(2008, 9, 1),
				LocalDate.of(2012, 7, 1), null));
		records.add(id, new WorkEntry("清远市清城区环境监测站", LocalDate.of(2012, 7, 15), null, "监测员", "环境监测", null));
		for (int year = 2021; year <= 2025; year++) {
			records.add(id, new TrainingEntry(year, 30, 60, 10, "JX" + year));
			records.add(id, new AppraisalEntry(year, AppraisalResult.PASS));
		}
		records.add(id, new AchievementEntry(AchievementKind.PROJECT, "水质自动监测站运维", "负责人", "市级",
				LocalDate.of(2023, 6, 1), "详细描述不公开"));
		records.add(id, new AchievementEntry(AchievementKind.PAPER, "早年的论文", "第一作者", "期刊",
				LocalDate.of(2015, 6, 1), null));
		jdbc.update("insert into person_photo (account_id, content, width, height, uploaded_at) values (?, ?, 390, 567, ?)",
				id, jpeg(), Timestamp.from(Instant.now()));
		return user;
	}

	private void post(PortalUser as, String uri, Map<String, String> params) {
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(user(as)).with(csrf());
		new HashMap<>(params).forEach((name, value) -> {
			for (String part : name.startsWith("chosen") ? value.split(",") : new String[] { value }) {
				request.param(name, part);
			}
		});
		assertThat(request.exchange()).as(uri).hasStatus3xxRedirection();
	}

	private String ids(PortalUser applicant, String table) {
		return String.join(",", jdbc.queryForList("select id::text from " + table + " where owner_id = ?",
				String.class, applicant.id()));
	}

	private String version(long id) {
		return String.valueOf(jdbc.queryForObject("select version from application where id = ?", Long.class, id));
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

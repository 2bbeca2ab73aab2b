package cn.zhicheng.portal.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
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

/**
 * Fresh applicants for application tests, each in the demo applicant's unit (清远市清城区环境监测站, whose route is
 * reachable): a 本科 graduate of 2012 who became 助理工程师 by 评审 in 2020年度 and has continuing education and
 * appraisals for 2022–2026 and two achievements — eligible for 工程师 in 2026年度 on the normal route.
 */
public final class Filers {

	static final String DEMO_UNIT = "12441802MB2D10003T";

	private final Accounts accounts;

	private final UserDetailsService users;

	private final PersonalRecords records;

	private final JdbcTemplate jdbc;

	public Filers(Accounts accounts, UserDetailsService users, PersonalRecords records, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.users = users;
		this.records = records;
		this.jdbc = jdbc;
	}

	public PortalUser applicant(String prefix) {
		int n = People.next();
		String username = People.username(prefix, n);
		Long unit = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, DEMO_UNIT);
		accounts.createIfAbsent(new NewAccount(username, "Filing#2026", "申报" + n, Role.APPLICANT, unit, null,
				People.mobile(n)));
		PersonalNumbers.using(jdbc).completePerson(username, People.idNumber(n));
		return (PortalUser) users.loadUserByUsername(username);
	}

	/** An applicant with the whole file's records and a photo. */
	public PortalUser completeApplicant(String prefix) {
		PortalUser user = applicant(prefix);
		completeRecords(user.id());
		return user;
	}

	/** The whole file's records and a photo, for an account made otherwise (e.g. registered in a browser). */
	public void completeRecords(long id) {
		records.add(id, new EducationEntry("广东工业大学", "环境工程", Education.BACHELOR, true, LocalDate.of(2008, 9, 1),
				LocalDate.of(2012, 7, 1), null));
		records.add(id, new WorkEntry("清远市清城区环境监测站", LocalDate.of(2012, 7, 15), null, "监测员", "环境监测", null));
		for (int year = 2022; year <= 2026; year++) {
			records.add(id, new TrainingEntry(year, 30, 60, 10, "JX" + year));
			records.add(id, new AppraisalEntry(year, AppraisalResult.PASS));
		}
		records.add(id, new AchievementEntry(AchievementKind.PROJECT, "水质自动监测站运维", "负责人", "市级",
				LocalDate.of(2023, 6, 1), null));
		records.add(id, new AchievementEntry(AchievementKind.PAPER, "早年的论文", "第一作者", "期刊",
				LocalDate.of(2015, 6, 1), null));
		jdbc.update("insert into person_photo (account_id, content, width, height, uploaded_at) values (?, ?, 390, 567, ?)",
				id, jpeg(), Timestamp.from(Instant.now()));
	}

	public long specialty(String name) {
		return jdbc.queryForObject("select id from specialty where name = ?", Long.class, name);
	}

	public long series() {
		return jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class);
	}

	public long committee(String name) {
		return jdbc.queryForObject("select id from committee where name = ?", Long.class, name);
	}

	public static byte[] jpeg() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(390, 567, BufferedImage.TYPE_INT_RGB), "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

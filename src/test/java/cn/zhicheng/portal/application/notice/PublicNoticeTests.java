package cn.zhicheng.portal.application.notice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.calendar.DayKind;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 评前公示 in public: the end date counted in working days across the 2026 Spring Festival, forwarding refused until
 * the notice has run, and the public pages that show what the notice publishes and never a personal number.
 */
@PortalTest
class PublicNoticeTests {

	private static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	PersonalRecords records;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	MutableClock clock;

	NoticeFilers filers;

	PortalUser officer;

	@BeforeEach
	void setUp() {
		clock.set(FEB_10);
		filers = new NoticeFilers(mvc, applications, accounts, users, records, jdbc);
		officer = (PortalUser) users.loadUserByUsername("demo-unit");
	}

	@Test
	void theNoticeRunsFiveWorkingDaysAcrossTheSpringFestivalAndForwardingWaitsForIt() {
		long id = filers.submitted("festival");
		// 2026-02-10 (Tue) to 02-13 (Fri) are four working days; Saturday 02-14 is the 调休 working day before 春节.
		LocalDate saturday = LocalDate.of(2026, 2, 14);
		assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(calendar.kindOf(saturday)).isEqualTo(DayKind.ADJUSTED_WORKDAY);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 10), saturday)).isEqualTo(5);

		LocalDate ends = reviews.startNotice(officer, id, null, LocalDate.of(2026, 2, 10));
		assertThat(ends).isEqualTo(saturday);
		assertThat(jdbc.queryForObject("select notice_ends_on from application where id = ?", LocalDate.class, id))
			.isEqualTo(saturday);

		for (String day : new String[] { "2026-02-10T02:00:00Z", "2026-02-14T15:00:00Z" }) {
			clock.set(Instant.parse(day));
			assertThatThrownBy(() -> reviews.forward(officer, id, null)).isInstanceOf(WorkflowRefusedException.class)
				.satisfies(refused -> {
					assertThat(((WorkflowRefusedException) refused).messageKey())
						.isEqualTo("review.refused.notice-running");
					assertThat(((WorkflowRefusedException) refused).argument()).isEqualTo("2026-02-15");
				});
			assertThat(status(id)).isEqualTo("IN_PUBLIC_NOTICE");
		}

		clock.set(Instant.parse("2026-02-14T16:00:00Z")); // 2026-02-15 00:00 in 北京时间
		reviews.forward(officer, id, null);
		assertThat(status(id)).isIn("COUNTY_REVIEW", "CITY_REVIEW");
	}

	@Test
	void thePublicPagesShowWhatTheNoticePublishesAndNoPersonalNumber() {
		long id = filers.submitted("public");
		String name = jdbc.queryForObject("select applicant_name from application where id = ?", String.class, id);
		long applicant = jdbc.queryForObject("select applicant_id from application where id = ?", Long.class, id);
		String idNumber = numbers.idNumber(applicant);
		String mobile = numbers.mobile(applicant);
		assertThat(mvc.get().uri("/notices/" + id)).as("not in notice before the unit starts it").hasStatus(404);

		reviews.startNotice(officer, id, null, LocalDate.of(2026, 2, 10));

		String list = listedPage(name);
		assertThat(list).contains(name, "清远市清城区环境监测站", "生态环境监测", "中级", "2026-02-10 至 2026-02-14")
			.contains("/notices/" + id)
			.doesNotContain(idNumber, mobile);

		MvcTestResult detail = mvc.get().uri("/notices/" + id).exchange();
		assertThat(detail).hasStatusOk();
		assertThat(detail).bodyText()
			.contains(name, "清远市清城区环境监测站", "生态环境监测", "工程师", "助理工程师",
					"清远市工程系列生态环境专业中级职称评审委员会", "水质自动监测站运维", "项目", "2023-06-01", "提出异议")
			.doesNotContain("早年的论文", "详细描述不公开");
		assertThat(detail).body().asString()
			.doesNotContain(idNumber, mobile, "1990-05-01")
			.contains("name=\"website\"", "tabindex=\"-1\"", "autocomplete=\"off\"", "aria-hidden=\"true\"",
					"name=\"stamp\"", "name=\"_csrf\"");

		assertThat(mvc.get().uri("/notices").param("q", "清远")).bodyText().doesNotContain("当前没有正在公示的申报");
		assertThat(mvc.get().uri("/notices").param("q", "不存在的地方")).bodyText()
			.contains("当前没有正在公示的申报")
			.doesNotContain(name);

		clock.set(Instant.parse("2026-02-15T02:00:00Z"));
		assertThat(mvc.get().uri("/notices/" + id)).as("the notice is over").hasStatus(404);
		assertThat(mvc.get().uri("/notices").param("q", "清城区环境监测站")).bodyText().doesNotContain(name);
	}

	@Test
	void aNoticeStartingLaterIsNotShownYet() {
		long id = filers.submitted("later");
		reviews.startNotice(officer, id, null, LocalDate.of(2026, 3, 2));
		assertThat(mvc.get().uri("/notices/" + id)).hasStatus(404);
		clock.set(Instant.parse("2026-03-02T02:00:00Z"));
		assertThat(mvc.get().uri("/notices/" + id)).hasStatusOk();
	}

	/** Follows the list's keyset pages until the name shows up; the shared database may hold other tests' notices. */
	private String listedPage(String name) {
		String uri = "/notices";
		for (int page = 0; page < 50; page++) {
			MvcTestResult result = mvc.get().uri(uri).exchange();
			assertThat(result).hasStatusOk();
			String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			if (body.contains(">" + name + "<")) {
				return body;
			}
			Matcher next = Pattern.compile("href=\"(/notices\\?[^\"]*afterId=\\d+)\"").matcher(body);
			assertThat(next.find()).as("%s is on some page", name).isTrue();
			uri = next.group(1).replace("&amp;", "&");
		}
		throw new AssertionError(name + " not listed");
	}

	private String status(long id) {
		return jdbc.queryForObject("select status from application where id = ?", String.class, id);
	}

}

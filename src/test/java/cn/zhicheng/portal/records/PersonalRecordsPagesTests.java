package cn.zhicheng.portal.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The applicant's records through the pages: each kind added, edited and deleted; bad input kept on the page with
 * the message beside the field; another person's record is not found; archived records cannot be changed by a page,
 * a crafted POST or SQL.
 */
@PortalTest
class PersonalRecordsPagesTests {

	private static final String TABLES = "education_record,work_record,training_record,achievement_record,appraisal_record";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	PersonalRecords records;

	private PortalUser demo;

	private PortalUser other;

	private String otherIdNumber;

	@BeforeEach
	void twoApplicants() {
		demo = (PortalUser) users.loadUserByUsername("demo-applicant");
		int n = People.next();
		String username = People.username("records", n);
		accounts.createIfAbsent(new NewAccount(username, "Records#2026", "档案" + n, Role.APPLICANT, null, null));
		otherIdNumber = People.idNumber(n);
		numbers.setIdNumber(username, otherIdNumber);
		other = (PortalUser) users.loadUserByUsername(username);
	}

	@Test
	void eachKindCanBeAddedEditedAndDeleted() {
		for (Sample sample : samples()) {
			assertThat(post(demo, "/applicant/records/" + sample.slug, sample.valid)).hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/applicant/records");
			long id = newest(sample.table, demo);
			assertThat(overview(demo)).contains(sample.shown);
			assertThat(mvc.get().uri("/applicant/records/{slug}/{id}/edit", sample.slug, id).with(user(demo)))
				.hasStatusOk()
				.bodyText()
				.contains(sample.shown);

			Map<String, String> changed = new LinkedHashMap<>(sample.valid);
			changed.put(sample.changedField, sample.changedValue);
			changed.put("version", "0");
			assertThat(post(demo, "/applicant/records/" + sample.slug + "/" + id, changed)).hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/applicant/records");
			assertThat(overview(demo)).contains(sample.changedShown);

			assertThat(post(demo, "/applicant/records/" + sample.slug + "/" + id + "/delete", Map.of()))
				.hasStatus3xxRedirection();
			assertThat(count(sample.table, "id = " + id)).isZero();
		}
	}

	@Test
	void badInputStaysOnThePageWithTheMessageBesideTheField() {
		String future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
		int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
		assertFieldError("education", Map.of("school", "中山大学", "major", "土木工程", "degreeLevel", "BACHELOR",
				"startedOn", "2015-09-01", "endedOn", "2014-07-01"), "endedOn", "毕业日期不能早于开始日期", "中山大学");
		assertFieldError("education", Map.of("school", "", "major", "土木工程", "degreeLevel", "BACHELOR",
				"startedOn", "2015-09-01", "endedOn", "2019-07-01"), "school", "此项必填", "土木工程");
		assertFieldError("work-history", Map.of("unitName", "广州建设集团", "startedOn", "2019-07-15", "endedOn", future,
				"position", "技术员", "workContent", "结构设计"), "endedOn", "日期不能晚于今天", "广州建设集团");
		assertFieldError("work-history", Map.of("unitName", "广州建设集团", "startedOn", "2020-07-15", "endedOn", "2019-07-15",
				"position", "技术员", "workContent", "结构设计"), "endedOn", "结束日期不能早于开始日期", "广州建设集团");
		assertFieldError("training", Map.of("year", "1900", "publicHours", "30", "professionalHours", "60",
				"electiveHours", "0"), "year", "年度须在1950至" + nextYear + "之间", "1900");
		assertFieldError("training", Map.of("year", "2024", "publicHours", "-5", "professionalHours", "60",
				"electiveHours", "abc"), "publicHours", "学时不能为负数", "-5");
		assertFieldError("training", Map.of("year", "2024", "publicHours", "30", "professionalHours", "60",
				"electiveHours", "abc"), "electiveHours", "请输入整数", "2024");
		assertFieldError("achievement", Map.of("achievementKind", "PAPER", "title", "", "roleOrRank", "第一作者",
				"happenedOn", "2023-01-01"), "title", "此项必填", "第一作者");
		assertFieldError("achievement", Map.of("achievementKind", "PAPER", "title", "桥梁抗震", "roleOrRank", "第一作者",
				"startedOn", "2023-02-30"), "startedOn", "请输入有效日期", "2023-02-30");
		assertFieldError("appraisal", Map.of("year", "2019"), "result", "此项必填", "2019");
		assertFieldError("appraisal", Map.of("year", "20x3", "result", "PASS"), "year", "请输入整数", "PASS\" selected=\"selected");
		assertThat(count("appraisal_record", "owner_id = " + demo.id() + " and year = 2019")).isZero();
	}

	@Test
	void anotherApplicantsRecordIsNotFound() {
		long id = records.add(other.id(), new AppraisalEntry(2022, AppraisalResult.PASS));
		assertThat(mvc.get().uri("/applicant/records/appraisal/{id}/edit", id).with(user(demo)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(demo, "/applicant/records/appraisal/" + id, Map.of("year", "2022", "result", "FAIL",
				"version", "0"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(demo, "/applicant/records/appraisal/" + id + "/delete", Map.of()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(jdbc.queryForObject("select result from appraisal_record where id = ?", String.class, id))
			.isEqualTo("PASS");
		assertThat(mvc.get().uri("/applicant/records/nothing/{id}/edit", id).with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void archivedRecordsCannotBeChangedByThePagesOrInTheDatabase() {
		for (Sample sample : samples()) {
			assertThat(post(other, "/applicant/records/" + sample.slug, sample.valid)).hasStatus3xxRedirection();
		}
		assertThat(records.archiveAll(other.id())).isEqualTo(5);
		assertThat(records.archiveAll(other.id())).as("nothing left to archive").isZero();
		assertThat(overview(other)).contains("已入库").doesNotContain("/edit").doesNotContain("/delete");

		for (Sample sample : samples()) {
			long id = newest(sample.table, other);
			Map<String, String> changed = new LinkedHashMap<>(sample.valid);
			changed.put(sample.changedField, sample.changedValue);
			changed.put("version", "1");
			String path = "/applicant/records/" + sample.slug + "/" + id;
			assertThat(post(other, path, changed)).hasStatus(HttpStatus.CONFLICT)
				.bodyText()
				.contains("已入库的记录不能修改或删除");
			assertThat(post(other, path + "/delete", Map.of())).hasStatus(HttpStatus.CONFLICT)
				.bodyText()
				.contains("已入库的记录不能修改或删除");
			assertThat(mvc.get().uri(path + "/edit").with(user(other))).hasStatus(HttpStatus.CONFLICT);
			assertThat(overview(other)).contains(sample.shown).doesNotContain(sample.changedShown);

			assertThatThrownBy(() -> jdbc.update("update " + sample.table + " set version = version + 1 where id = ?", id))
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("archived");
			assertThatThrownBy(() -> jdbc.update("delete from " + sample.table + " where id = ?", id))
				.isInstanceOf(DataAccessException.class);
			assertThat(count(sample.table, "id = " + id)).isOne();
		}
		assertThatThrownBy(() -> records.delete(other.id(), RecordKind.WORK, newest("work_record", other)))
			.isInstanceOf(ArchivedRecordException.class);
	}

	@Test
	void aYearHasOneUnarchivedTrainingAndOneAppraisal() {
		Map<String, String> training = Map.of("year", "2021", "publicHours", "30", "professionalHours", "60",
				"electiveHours", "0");
		assertThat(post(other, "/applicant/records/training", training)).hasStatus3xxRedirection();
		assertFieldErrorOf(other, "training", training, "year", "该年度已有未入库的记录", "2021");
		assertThat(post(other, "/applicant/records/appraisal", Map.of("year", "2021", "result", "EXCELLENT")))
			.hasStatus3xxRedirection();
		assertFieldErrorOf(other, "appraisal", Map.of("year", "2021", "result", "PASS"), "year", "该年度已有未入库的记录",
				"2021");
		assertThatThrownBy(() -> jdbc.update("insert into appraisal_record (owner_id, year, result) values (?, 2021, 'FAIL')",
				other.id())).isInstanceOf(DataAccessException.class);

		// Archived years are history: the same year may be recorded again for a later case.
		records.archiveAll(other.id());
		assertThat(post(other, "/applicant/records/training", training)).hasStatus3xxRedirection();
		assertThat(count("training_record", "owner_id = " + other.id() + " and year = 2021")).isEqualTo(2);
	}

	@Test
	void shortHoursAreSavedWithAWarning() {
		assertThat(post(other, "/applicant/records/training", Map.of("year", "2020", "publicHours", "30",
				"professionalHours", "50", "electiveHours", "0"))).hasStatus3xxRedirection();
		assertThat(overview(other)).contains("专业科目50学时，不足规定的60学时").contains("共80学时，不足规定的90学时");
	}

	@Test
	void theOverviewShowsNoIdNumber() {
		records.add(other.id(), new AppraisalEntry(2019, AppraisalResult.EXCELLENT));
		assertThat(overview(other)).contains("优秀")
			.doesNotContain(otherIdNumber)
			.doesNotContain(otherIdNumber.substring(0, 6))
			.doesNotContain(otherIdNumber.substring(14));
		assertThat(mvc.get().uri("/applicant/records/appraisal/new").with(user(other))).bodyText()
			.doesNotContain(otherIdNumber.substring(0, 6));
	}

	@Test
	void otherRolesCannotOpenThePages() {
		assertThat(mvc.get().uri("/applicant/records").with(user(users.loadUserByUsername("demo-unit"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private void assertFieldError(String slug, Map<String, String> params, String field, String message, String kept) {
		assertFieldErrorOf(demo, slug, params, field, message, kept);
	}

	private void assertFieldErrorOf(PortalUser who, String slug, Map<String, String> params, String field,
			String message, String kept) {
		MvcTestResult result = post(who, "/applicant/records/" + slug, params);
		assertThat(result).as(slug + " " + params).hasStatusOk();
		String body = body(result);
		assertThat(body).as(slug + " " + params).contains("id=\"" + field + "-error\"");
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(body);
		assertThat(page.getElementById(field + "-error").text()).contains(message);
		assertThat(body).as("the typed value is kept").contains("value=\"" + kept + "\"");
	}

	private MvcTestResult post(PortalUser who, String uri, Map<String, String> params) {
		var request = mvc.post().uri(uri).with(user(who)).with(csrf());
		params.forEach(request::param);
		return request.exchange();
	}

	private String overview(PortalUser who) {
		MvcTestResult result = mvc.get().uri("/applicant/records").with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private long newest(String table, PortalUser owner) {
		return jdbc.queryForObject("select max(id) from " + table + " where owner_id = ?", Long.class, owner.id());
	}

	private int count(String table, String where) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + where, Integer.class);
	}

	private static Sample[] samples() {
		return new Sample[] {
				new Sample("education", "education_record",
						Map.of("school", "华南理工大学", "major", "土木工程", "degreeLevel", "BACHELOR", "fullTime", "true",
								"startedOn", "2015-09-01", "endedOn", "2019-07-01", "certificateNo", "105611201905001"),
						"华南理工大学", "major", "结构工程", "结构工程"),
				new Sample("work-history", "work_record",
						Map.of("unitName", "广州市建设工程有限公司", "startedOn", "2019-07-15", "position", "助理工程师",
								"workContent", "房屋结构设计", "witness", "张工"),
						"广州市建设工程有限公司", "position", "高级技术主管", "高级技术主管"),
				new Sample("training", "training_record",
						Map.of("year", "2018", "publicHours", "30", "professionalHours", "60", "electiveHours", "12",
								"certificateNo", "GD2018-001"),
						"GD2018-001", "electiveHours", "27", "117"),
				new Sample("achievement", "achievement_record",
						Map.of("achievementKind", "PAPER", "title", "高层建筑抗震设计研究", "roleOrRank", "第一作者",
								"levelOrJournal", "建筑结构", "startedOn", "2022-05-01"),
						"高层建筑抗震设计研究", "title", "大跨度桥梁健康监测", "大跨度桥梁健康监测"),
				new Sample("appraisal", "appraisal_record", Map.of("year", "2017", "result", "PASS"), "合格", "result",
						"EXCELLENT", "优秀") };
	}

	/** A valid entry of one kind, a text the overview then shows, and one change with the text it shows after. */
	private record Sample(String slug, String table, Map<String, String> valid, String shown, String changedField,
			String changedValue, String changedShown) {
	}

}

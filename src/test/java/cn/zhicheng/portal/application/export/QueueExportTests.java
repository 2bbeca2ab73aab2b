package cn.zhicheng.portal.application.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Queue exports (issue #8 part 2): scope, filters, formats, the formula guard and who may export. */
@PortalTest
class QueueExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	PortalUser city;

	long applicantId;

	long otherCity;

	@BeforeEach
	void rows() {
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		city = (PortalUser) users.loadUserByUsername("demo-city");
		applicantId = jdbc.queryForObject("select id from user_account where username = 'demo-applicant'", Long.class);
		otherCity = jdbc.queryForObject("select min(id) from region where id <> ?", Long.class, city.regionId());
		insert("EXQ000001", "导出甲", city.regionId(), "SENIOR", "CITY_REVIEW");
		insert("EXQ000002", "导出乙,带逗号", city.regionId(), "INTERMEDIATE", "ACCEPTED");
		insert("EXQ000003", "=HYPERLINK(\"http://x\")", city.regionId(), "INTERMEDIATE", "CITY_REVIEW");
		insert("EXQ000004", "外市丙", otherCity, "SENIOR", "CITY_REVIEW");
	}

	@AfterEach
	void clean() {
		jdbc.update("delete from application where number like 'EXQ%'");
	}

	private void insert(String number, String name, @Nullable Long cityId, String level, String status) {
		insert(number, name, cityId, null, level, status);
	}

	private void insert(String number, String name, @Nullable Long cityId, @Nullable Long countyId, String level,
			String status) {
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, city_id,
				    county_id, target_level, status_changed_at, created_at, updated_at)
				values (?, ?, 'EVALUATION', ?, ?, ?, ?, ?, ?, timestamptz '2026-02-02 10:00+08', now(), now())
				""", number, applicantId, 3000 + Integer.parseInt(number.substring(3)), status, name, cityId, countyId,
				level);
	}

	@Test
	void cityCsvHasItsOwnFilesOnlyWithBomHeaderAndChineseFileName() {
		MvcTestResult result = get(city, "/city/queue/export.csv");
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).contains("业务编号,姓名,工作单位,专业,层级,评委会,受理截止,状态,本环节工作日\r\n")
			.contains("EXQ000001,导出甲,")
			.contains("\"导出乙,带逗号\"")
			.contains("正高级")
			.doesNotContain("EXQ000004")
			.doesNotContain("外市丙");
		// 2026-02-03 .. 2026-02-10: six working days.
		assertThat(csv.lines().filter(l -> l.startsWith("EXQ000001"))).singleElement().asString().endsWith(",6");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"queue-export-2026-02-10.csv\"")
			.contains("filename*=UTF-8''%E5%BE%85%E5%8A%9E");
	}

	@Test
	void filtersApplyAndFormulasAreGuarded() {
		String senior = body(get(city, "/city/queue/export.csv?level=SENIOR"));
		assertThat(senior).contains("EXQ000001").doesNotContain("EXQ000002").doesNotContain("EXQ000003");
		String byName = body(get(city, "/city/queue/export.csv?q=导出乙"));
		assertThat(byName).contains("EXQ000002").doesNotContain("EXQ000001");
		String byStatus = body(get(city, "/city/queue/export.csv?status=ACCEPTED"));
		assertThat(byStatus).contains("EXQ000002").doesNotContain("EXQ000001");
		String all = body(get(city, "/city/queue/export.csv"));
		assertThat(all).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK");
	}

	@Test
	void xlsxOpensWithHeaderAndRowsAndIsAudited() throws IOException {
		int audits = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT_QUEUE'", Integer.class);
		MvcTestResult result = get(city, "/city/queue/export.xlsx?level=INTERMEDIATE");
		assertThat(result).hasStatusOk();
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("业务编号");
			assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("本环节工作日");
			// Files other classes left in 清远's queue may be listed too: this class's rows are told by their numbers.
			java.util.Map<String, Row> ours = new java.util.TreeMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				String number = sheet.getRow(r).getCell(0).getStringCellValue();
				if (number.startsWith("EXQ")) {
					ours.put(number, sheet.getRow(r));
				}
			}
			assertThat(ours).containsOnlyKeys("EXQ000002", "EXQ000003");
			assertThat(ours.get("EXQ000003").getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT_QUEUE'", Integer.class))
			.isEqualTo(audits + 1);
	}

	@Test
	void otherRolesAreRefusedTheCityExportAndSeeOnlyTheirScope() {
		PortalUser unit = (PortalUser) users.loadUserByUsername("demo-unit");
		PortalUser applicant = (PortalUser) users.loadUserByUsername("demo-applicant");
		assertThat(get(unit, "/city/queue/export.csv")).hasStatus(403);
		assertThat(get(applicant, "/city/queue/export.xlsx")).hasStatus(403);
		// These rows have no unit, so the unit's own export does not contain them.
		assertThat(body(get(unit, "/unit/queue/export.csv"))).startsWith("\uFEFF业务编号").doesNotContain("EXQ0000");
	}

	@Test
	void countyExportsItsOwnStageOnly() {
		PortalUser county = (PortalUser) users.loadUserByUsername("demo-county");
		insert("EXQ000005", "县里丁", city.regionId(), county.regionId(), "INTERMEDIATE", "COUNTY_REVIEW");
		assertThat(body(get(county, "/county/queue/export.xlsx"))).startsWith("PK");
		String csv = body(get(county, "/county/queue/export.csv"));
		assertThat(csv).contains("EXQ000005,县里丁").doesNotContain("EXQ000001");
		assertThat(body(get(city, "/city/queue/export.csv"))).doesNotContain("EXQ000005");
	}

	private String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MvcTestResult get(PortalUser as, String uri) {
		return mvc.get().uri(uri).with(user(as)).exchange();
	}

}

package cn.zhicheng.portal.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.catalog.ReviewYears;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #8 in the browser: the city reviewer opens the dashboard, whose Chart.js charts (served by the portal) are
 * drawn from the tables, then exports the queue in the background from the queue page, watches it finish on 我的导出
 * and downloads the Excel file, which holds the city's queue.
 */
class DashboardExportBrowserTests extends BrowserTestSupport {

	/** Files of the demo city in the current review year: 12 in the city's queue, 5 passed, 3 failed. */
	private static final int QUEUED = 12;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	int year;

	@BeforeEach
	void files() {
		year = ReviewYears.current(LocalDate.now(clock));
		long city = jdbc.queryForObject("select region_id from user_account where username = 'demo-city'", Long.class);
		long county = jdbc.queryForObject("select region_id from user_account where username = 'demo-county'",
				Long.class);
		long unit = jdbc.queryForObject("select unit_id from user_account where username = 'demo-unit'", Long.class);
		// one applicant per file: a person has one active application per type and year
		jdbc.update("""
				insert into user_account (username, password_hash, display_name, role, unit_id)
				select 'brd-' || g, '-', '图表' || g, 'APPLICANT', ? from generate_series(1, ? + 8) g""", unit,
				QUEUED);
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, city_id,
				    county_id, unit_id, target_level, submitted_at, status_changed_at, created_at, updated_at)
				select 'BRD' || lpad(g::text, 6, '0'), u.id, 'EVALUATION', ?,
				       case when g <= ? then 'CITY_REVIEW' when g <= ? + 5 then 'PASSED' else 'FAILED' end,
				       u.display_name, ?, ?, ?, case when g % 2 = 0 then 'SENIOR' else 'INTERMEDIATE' end,
				       now() - g * interval '1 day', now() - g * interval '1 day', now(), now()
				from generate_series(1, ? + 8) g join user_account u on u.username = 'brd-' || g
				""", year, QUEUED, QUEUED, city, county, unit, QUEUED);
	}

	private long count(String condition, long city) {
		return jdbc.queryForObject("select count(*) from application where city_id = ? and review_year = ? and "
				+ condition, Long.class, city, year);
	}

	@AfterEach
	void clean() {
		jdbc.update("delete from export_job where owner_id = (select id from user_account where username = 'demo-city')");
		jdbc.update("delete from application where number like 'BRD%'");
		jdbc.update("delete from user_account where username like 'brd-%'");
	}

	@Test
	void theCityReviewerSeesTheChartsAndDownloadsAnExportWhenReady() throws Exception {
		open("/login");
		signIn("demo-city", PASSWORD);
		waitUntil(driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
		browser.findElement(By.cssSelector("nav a[href='/city/dashboard']")).click();
		waitForPath("/city/dashboard");
		waitUntil(driver -> Boolean.TRUE.equals(script("""
				const canvases = Array.from(document.querySelectorAll('main canvas'));
				return canvases.length > 0 && canvases.every(c => window.Chart && Chart.getChart(c));""")));
		long charts = (Long) script("return document.querySelectorAll('main canvas').length");
		long tables = (Long) script("return document.querySelectorAll('main table[data-chart]').length");
		assertThat(charts).as("a chart above every chart table").isEqualTo(tables).isGreaterThanOrEqualTo(4);
		assertThat(script("return document.querySelector('script[src*=\"chart\"]').src").toString())
			.as("Chart.js from the portal itself").startsWith("http://localhost:" + port + "/");
		// other browser tests of this context file in the same year and city: count what the city has, independently
		long city = jdbc.queryForObject("select region_id from user_account where username = 'demo-city'", Long.class);
		long total = count("status <> 'DRAFT'", city);
		long passed = count("status = 'PASSED'", city);
		long decided = passed + count("status = 'FAILED'", city);
		assertThat(total).isGreaterThanOrEqualTo(QUEUED + 8);
		String summary = browser.findElement(By.id("summary")).getText();
		assertThat(summary).contains("已提交材料数 " + total)
			.contains(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * passed / decided));
		screenshot("dashboard-01-city");
		browser.manage().window().setSize(new Dimension(390, 844));
		assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no sideways scrolling on a phone").isTrue();
		screenshot("dashboard-02-phone");
		browser.manage().window().setSize(new Dimension(1280, 900));

		browser.findElement(By.cssSelector("nav a[href='/city/queue']")).click();
		waitForPath("/city/queue");
		browser.findElement(By.cssSelector("form[action$='/city/queue/exports'] button[value='XLSX']")).click();
		waitForPath("/city/exports");
		WebElement row = browser.findElement(By.cssSelector("#export-jobs tr.is-new"));
		WebElement download = row.findElement(By.cssSelector("[data-job-download]"));
		waitUntil(driver -> download.isDisplayed());
		assertThat(row.getText()).contains("待办材料导出", "已完成");
		assertThat(browser.findElement(By.id("export-live")).getAttribute("textContent")).contains("可以下载");
		screenshot("dashboard-03-export-ready");

		byte[] xlsx = fetch(download.getAttribute("href"));
		List<String> numbers = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("业务编号");
			for (Row r : sheet) {
				String number = r.getCell(0).getStringCellValue();
				if (number.startsWith("BRD")) {
					numbers.add(number);
				}
			}
		}
		assertThat(numbers).as("the city's queue: the files in review, not the decided ones").hasSize(QUEUED)
			.contains("BRD000001", "BRD000012")
			.doesNotContain("BRD000013");
	}

}

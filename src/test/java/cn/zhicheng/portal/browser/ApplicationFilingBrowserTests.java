package cn.zhicheng.portal.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo applicant files a complete 评审申请 for 工程师 in a real browser, as the guide's twelve tips walk it: HR unit,
 * 个人信息 with the current title, archived 学历 and 工作经历 reused, 继续教育, 获现资格之前, 业绩成果, 考核, 申报信息 with
 * the live committee list, 生成评审表 (the PDF is downloaded, its text read and its first page rendered to PNG),
 * 提交; then tracks it, withdraws it and submits it again.
 */
class ApplicationFilingBrowserTests extends BrowserTestSupport {

	private static final Path OUT = Paths.get("target", "screenshots");

	@Test
	void demoApplicantFilesAnEvaluationDownloadsTheFormSubmitsWithdrawsAndResubmits() throws Exception {
		open("/login");
		signIn("demo-applicant", PASSWORD);
		waitForPath("/applicant");

		open("/applicant/applications/new");
		browser.findElement(By.cssSelector("input[name=type][value=EVALUATION]")).click();
		screenshot("filing-01-new");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/unit"));
		String base = browser.getCurrentUrl().replaceAll("/steps/unit$", "");
		assertThat(text("main")).contains("清远市清城区环境监测站").contains("清城区");
		screenshot("filing-02-unit");
		next();

		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/personal"));
		assertThat(text("main")).contains("李明").contains("441802********1239").doesNotContain("441802198803151239");
		DemoPersonalStep.fill(browser);
		screenshot("filing-03-personal");
		next();

		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/education"));
		assertThat(text("main")).contains("已入库").contains("华南理工大学");
		assertThat(browser.findElements(By.cssSelector("input[name=chosen]:checked"))).isNotEmpty();
		screenshot("filing-04-education");
		next();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/training"));
		screenshot("filing-05-training");
		next();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/before"));
		assertThat(text("main")).contains("清城区饮用水源地水质例行监测");
		browser.findElement(By.id("summary")).sendKeys("从事水和废气监测分析，负责实验室质量控制。");
		next();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/achievements"));
		assertThat(text("main")).contains("北江清远段水质自动监测站运维与数据审核").contains("有效材料时段");
		browser.findElement(By.id("summary")).sendKeys("任现职以来主持自动站运维与数据审核。");
		screenshot("filing-06-achievements");
		next();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/appraisal"));
		next();

		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/declaration"));
		new Select(browser.findElement(By.id("specialtyId"))).selectByVisibleText("生态环境监测");
		new Select(browser.findElement(By.id("targetLevel"))).selectByValue("INTERMEDIATE");
		// The live fragment is replaced as the choices change: ask the page itself rather than hold on to elements.
		waitUntil(driver -> Boolean.TRUE.equals(script("return Array.from(document.querySelectorAll('#committeeId option'))"
				+ ".some(o => o.textContent.includes('中级职称评审委员会'))")));
		waitUntil(driver -> driver.getPageSource().contains("符合正常申报条件"));
		new Select(browser.findElement(By.id("committeeId")))
			.selectByVisibleText("清远市工程系列生态环境专业中级职称评审委员会");
		screenshot("filing-07-declaration");
		next();

		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/review-form"));
		assertThat(text("main")).contains("材料已齐全").contains("申报材料清单");
		screenshot("filing-08-review-form");
		byte[] pdf = fetch(base + "/review-form.pdf");
		Files.write(OUT.resolve("filing-review-form.pdf"), pdf);
		String pageOne = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(pageOne).contains("李明").contains("清远市工程系列生态环境专业中级职称评审委员会");
		assertRendered(OUT.resolve("filing-review-form.pdf"), "filing-review-form");

		browser.findElement(By.cssSelector("main .form-actions a.button")).click();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/submit"));
		browser.findElement(By.id("confirmed")).click();
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitUntil(driver -> driver.getCurrentUrl().equals(base));
		assertThat(text("main")).contains("已提交，待单位审核").contains("提交申请");
		screenshot("filing-09-submitted");

		open("/applicant/applications");
		assertThat(text("main table")).contains("评审申请").contains("已提交，待单位审核");
		screenshot("filing-10-tracking");

		browser.get(base);
		button("撤回申请").click();
		waitUntil(driver -> driver.getPageSource().contains("申请已撤回"));
		assertThat(text(".status")).isEqualTo("已撤回");

		browser.get(base + "/steps/submit");
		browser.findElement(By.id("confirmed")).click();
		button("重新提交").click();
		waitUntil(driver -> driver.getCurrentUrl().equals(base));
		assertThat(text("main .timeline")).contains("提交申请").contains("撤回申请").contains("重新提交");
		assertThat(text(".status")).isEqualTo("已提交，待单位审核");
		screenshot("filing-11-resubmitted");
	}

	@Test
	void typingLostToAnExpiredSessionComesBackOnTheSamePage() throws Exception {
		open("/login");
		signIn("demo-applicant", PASSWORD);
		waitForPath("/applicant");
		open("/applicant/applications/new");
		browser.findElement(By.cssSelector("input[name=type][value=CERTIFICATE_REISSUE]")).click();
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitUntil(driver -> driver.getCurrentUrl().endsWith("/steps/unit"));
		String reissue = browser.getCurrentUrl().replaceAll("/steps/unit$", "/steps/reissue");
		browser.get(reissue);
		browser.findElement(By.id("certificateNo")).sendKeys("粤职证2019-0001");
		new Select(browser.findElement(By.id("reason"))).selectByValue("DAMAGED");

		// The session ends (timeout, server restart) before 保存 is pressed: the POST cannot be accepted.
		browser.manage().deleteAllCookies();
		browser.findElement(By.cssSelector("main form button[name=save]")).click();
		waitForPath("/login");
		assertThat(text("main")).contains("登录已过期");
		signIn("demo-applicant", PASSWORD);
		waitForPath("/applicant");

		browser.get(reissue);
		waitUntil(driver -> driver.findElement(By.cssSelector("[data-draft-notice]")).isDisplayed());
		assertThat(browser.findElement(By.id("certificateNo")).getDomProperty("value")).isEqualTo("粤职证2019-0001");
		assertThat(new Select(browser.findElement(By.id("reason"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("DAMAGED");
		screenshot("filing-12-restored");
		browser.findElement(By.cssSelector("main form button[name=save]")).click();
		waitUntil(driver -> driver.getPageSource().contains("已保存。"));
		assertThat(browser.findElement(By.cssSelector("[data-draft-notice]")).isDisplayed()).isFalse();
	}

	private static void next() {
		browser.findElement(By.cssSelector("main form button[name=next]")).click();
	}

	private static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private static WebElement button(String label) {
		return browser.findElements(By.cssSelector("main button"))
			.stream()
			.filter(b -> b.getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + label));
	}

	/** Page 1 rendered with pdftoppm (installed by .ci/run) must show ink, not a blank page. */
	private static void assertRendered(Path pdf, String name) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", pdf.toString(),
				OUT.resolve(name).toString()).inheritIO().start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		Path png = Files.list(OUT)
			.filter(p -> p.getFileName().toString().startsWith(name) && p.toString().endsWith(".png"))
			.findFirst()
			.orElseThrow();
		BufferedImage image = ImageIO.read(png.toFile());
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				if ((image.getRGB(x, y) & 0xFF) < 128) {
					dark++;
				}
			}
		}
		assertThat(dark).as("dark pixels on the rendered first page").isGreaterThan(500);
	}

}

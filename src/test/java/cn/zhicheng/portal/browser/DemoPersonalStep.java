package cn.zhicheng.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The demo applicant's 个人信息 step as a person fills it in (工作 since 2010, 助理工程师 by evaluation in 2021). */
public final class DemoPersonalStep {

	public static final String WORK_STARTED_ON = "2010-07-15";

	public static final String SPECIALTY = "生态环境监测";

	public static final String TITLE = "助理工程师";

	private DemoPersonalStep() {
	}

	/** Fills the step on the page shown; the date fields are set as a date picker sets them. */
	public static void fill(ChromeDriver browser) {
		setDate(browser, "workStartedOn", WORK_STARTED_ON);
		browser.findElement(By.id("currentSpecialty")).sendKeys(SPECIALTY);
		browser.findElement(By.id("titleName")).sendKeys(TITLE);
		new Select(browser.findElement(By.id("titleLevel"))).selectByValue("ASSISTANT");
		new Select(browser.findElement(By.id("titleObtainedBy"))).selectByValue("EVALUATION");
		setDate(browser, "titleObtainedOn", "2021-03-10");
		browser.findElement(By.id("titleEvaluationYear")).sendKeys("2020");
	}

	private static void setDate(ChromeDriver browser, String id, String value) {
		browser.executeScript("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
				+ "f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
				id, value);
	}

}

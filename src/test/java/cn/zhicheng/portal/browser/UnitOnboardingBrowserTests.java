package cn.zhicheng.portal.browser;

import java.io.IOException;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.validation.CreditCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit onboards as people would do it: its HR officer registers the unit under its supervising unit, the county
 * reviewer of 清城区 approves it, and the officer then keeps the unit's profile — all in a real browser.
 */
class UnitOnboardingBrowserTests extends BrowserTestSupport {

	@Test
	void aUnitRegistersIsApprovedByItsCountyAndItsOfficerKeepsTheProfile() throws IOException {
		int n = People.next();
		String first17 = "12441802MB2E" + String.format("%05d", n % 100_000);
		String creditCode = first17 + CreditCodes.checkCharacter(first17);
		String unitName = "清城区测试事业单位" + n;
		String officer = People.username("unit-officer", n);

		open("/units/register");
		new Select(browser.findElement(By.id("region"))).selectByVisibleText("清城区");
		submit();
		waitForPath("/units/register/details");
		type("name", unitName);
		type("creditCode", creditCode);
		new Select(browser.findElement(By.id("type"))).selectByValue("PUBLIC_INSTITUTION");
		new Select(browser.findElement(By.id("supervisingUnitId"))).selectByIndex(1);
		type("address", "清远市清城区测试路1号");
		type("contactName", "联系人");
		type("contactPhone", People.mobile(n));
		type("username", officer);
		type("password", "UnitOff#2026");
		type("confirmPassword", "UnitOff#2026");
		type("realName", "单位专员");
		// A number of its own: n + 1 is the next test's n, and so would be its mobile.
		type("mobile", People.mobile(People.next()));
		screenshot("unit-1-register");
		submit();
		waitForPath("/units/register/submitted");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(unitName);

		open("/login");
		signIn("demo-county", PASSWORD);
		waitForPath("/county");
		open("/units/approvals");
		WebElement card = browser.findElement(By.xpath("//*[contains(text(), '" + unitName + "')]/ancestor::li[1]"));
		screenshot("unit-2-approvals");
		card.findElement(By.cssSelector("form[action$='/approve'] button")).click();
		waitForPath("/units/approvals");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(unitName);
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		waitForPath("/login");

		signIn(officer, "UnitOff#2026");
		waitForPath("/unit");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(unitName).contains("已通过");
		open("/unit/profile");
		type("address", "清远市清城区新址2号");
		submit();
		waitForPath("/unit/profile");
		assertThat(browser.findElement(By.id("address")).getDomProperty("value")).isEqualTo("清远市清城区新址2号");
		screenshot("unit-3-profile");
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void submit() {
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

}

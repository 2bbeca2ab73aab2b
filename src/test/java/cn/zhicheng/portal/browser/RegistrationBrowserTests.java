package cn.zhicheng.portal.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.notification.NotificationInbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person, in a real browser: registers in three steps (reading the SMS code where an administrator would find
 * it with no SMS provider), signs in, chooses no unit yet, uploads a 大一寸 photo and sees their personal information
 * with the ID and mobile numbers masked.
 */
class RegistrationBrowserTests extends BrowserTestSupport {

	@Autowired
	NotificationInbox inbox;

	@Test
	void aNewPersonRegistersSignsInUploadsAPhotoAndSeesMaskedInformation() throws IOException {
		int n = People.next();
		String username = People.username("browser", n);
		String mobile = People.mobile(n);
		String idNumber = People.idNumber(n);

		open("/login");
		browser.findElement(By.linkText("个人用户注册")).click();
		waitForPath("/register");
		type("username", username);
		type("password", "Browser#2026");
		type("confirmPassword", "Browser#2026");
		type("mobile", mobile);
		screenshot("register-1-account");
		submit();
		waitForPath("/register/details");

		type("realName", "欧阳明");
		type("idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0'));
		new Select(browser.findElement(By.id("education"))).selectByValue("MASTER");
		submit();
		waitUntil(driver -> !driver.findElements(By.id("idNumber-error")).isEmpty());
		assertThat(browser.findElement(By.id("idNumber-error")).getText()).contains("校验码");
		assertThat(browser.findElement(By.id("realName")).getDomProperty("value")).isEqualTo("欧阳明");
		screenshot("register-2-details-error");
		type("idNumber", idNumber);
		submit();
		waitForPath("/register/security");

		browser.findElement(By.cssSelector("form[action$='/register/code'] button")).click();
		waitForPath("/register/security");
		assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("验证码已发送");
		type("code", People.lastCodeSentTo(inbox, mobile));
		screenshot("register-3-security");
		submit();
		waitForPath("/login");

		signIn(username, "Browser#2026");
		waitForPath("/applicant");
		open("/applicant/profile/photo");
		// A web page named .jpg comes back on the same page, the message beside the field (#10).
		Path fake = Files.createTempFile("fake", ".jpg");
		Files.writeString(fake, "<html><script>alert(1)</script></html>");
		browser.findElement(By.id("photo")).sendKeys(fake.toAbsolutePath().toString());
		submit();
		waitUntil(driver -> !driver.findElements(By.id("photo-error")).isEmpty());
		assertThat(browser.findElement(By.id("photo-error")).getText()).contains("不是 JPEG 或 PNG");
		assertThat(browser.findElement(By.id("photo")).getDomAttribute("aria-describedby")).startsWith("photo-error");
		screenshot("register-4-photo-refused");
		Path photo = Files.createTempFile("photo", ".jpg");
		BufferedImage image = new BufferedImage(390, 567, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 567; y++) {
			for (int x = 0; x < 390; x++) {
				image.setRGB(x, y, y < 200 && x > 120 && x < 270 ? 0xE0B090 : 0x3060C0);
			}
		}
		ImageIO.write(image, "jpg", photo.toFile());
		browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
		submit();
		waitForPath("/applicant/profile");

		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("欧阳明")
			.contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
			.contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
			.doesNotContain(idNumber)
			.doesNotContain(mobile)
			.contains("照片已保存");
		WebElement img = browser.findElement(By.cssSelector("img.photo"));
		assertThat(((Number) script("return arguments[0].naturalWidth", img)).intValue()).isEqualTo(390);
		screenshot("register-4-profile");
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void submit() {
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
	}

}

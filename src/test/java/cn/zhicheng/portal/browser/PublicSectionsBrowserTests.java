package cn.zhicheng.portal.browser;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who has not signed in reads every public section, opens a review notice, and downloads the blank review
 * form with its Chinese file name intact.
 */
class PublicSectionsBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/policies, 政策法规", "/qualifications, 资格条件", "/review-notices, 评审通知", "/guides, 办事指南",
			"/announcements, 通知公告", "/downloads, 文件下载" })
	void everyPublicSectionListsItsItems(String path, String heading) throws IOException {
		open(path);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(browser.findElements(By.cssSelector("main a[href^='/content/']"))).isNotEmpty();
		screenshot("section" + path.replace('/', '-'));
	}

	@Test
	void aVisitorOpensAReviewNotice() throws IOException {
		open("/review-notices");
		WebElement first = browser.findElement(By.cssSelector("main a[href^='/content/']"));
		String title = first.getText();
		first.click();
		waitUntil(driver -> driver.getCurrentUrl().contains("/content/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("清远");
		screenshot("review-notice");
	}

	@Test
	void theBlankReviewFormDownloadsWithItsChineseName() throws IOException {
		open("/downloads");
		browser.findElements(By.cssSelector("main a[href^='/content/']"))
			.stream()
			.filter(link -> link.getText().contains("评审表"))
			.findFirst()
			.orElseThrow()
			.click();
		waitUntil(driver -> driver.getCurrentUrl().contains("/content/"));
		WebElement download = browser.findElement(By.cssSelector("main a[href^='/content/attachments/']"));
		assertThat(download.getText()).endsWith(".pdf");
		@SuppressWarnings("unchecked")
		Map<String, Object> response = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({
				  status: r.status, type: r.headers.get('content-type'),
				  disposition: r.headers.get('content-disposition'),
				  head: String.fromCharCode(...new Uint8Array(b).slice(0, 5)) })));""", download.getDomAttribute("href"));
		assertThat(response).containsEntry("status", 200L).containsEntry("head", "%PDF-");
		assertThat((String) response.get("type")).startsWith("application/pdf");
		assertThat((String) response.get("disposition")).contains("filename*=UTF-8''")
			.contains("%E8%AF%84%E5%AE%A1%E8%A1%A8");
		screenshot("download-item");
	}

}

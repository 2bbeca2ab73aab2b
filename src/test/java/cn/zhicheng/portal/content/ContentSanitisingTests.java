package cn.zhicheng.portal.content;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.content.domain.ContentService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** No script an editor pastes reaches a visitor: neither in the stored HTML nor on the public page. */
@PortalTest
class ContentSanitisingTests {

	private static final String ATTACKS = """
			Safe **bold** text and a [good link](https://www.gd.gov.cn/).

			<script>alert('script-tag')</script>
			<img src="x" onerror="alert('img-onerror')">
			<a href="javascript:alert('a-href')">click</a>
			<svg onload="alert('svg-onload')"><circle r="1"/></svg>
			<iframe src="https://evil.example/frame"></iframe>
			<style>body { display: none }</style>
			<form action="https://evil.example/"><input name="x"></form>
			<p style="color:red" onclick="alert('onclick')">styled</p>

			[x](javascript:alert(1))

			![own](/content/attachments/1) ![foreign](https://evil.example/track.png)

			<table><tr><td>cell</td></tr></table>
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentService content;

	@Test
	void scriptsHandlersAndForeignUrlsAreRemovedFromTheStoredBody() {
		long id = this.content.create(new SaveContent(ContentSection.POLICY, "XSS 存储测试", null, ATTACKS, null, null,
				false), null);
		String html = this.content.item(id).orElseThrow().bodyHtml();
		assertNoAttack(html);
		assertThat(html).contains("<strong>bold</strong>", "href=\"https://www.gd.gov.cn/\"", "<td>cell</td>",
				"src=\"/content/attachments/1\"");
		assertThat(html).doesNotContain("evil.example");
	}

	@Test
	void thePublicPageCarriesNoAttack() {
		long id = this.content.create(new SaveContent(ContentSection.ANNOUNCEMENT, "XSS 页面测试", null, ATTACKS, null,
				null, false), null);
		this.content.publish(id);
		MvcTestResult result = this.mvc.get().uri("/content/{id}", id).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		String page = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		Element body = Jsoup.parse(page).selectFirst(".content-item__body");
		assertThat(body).isNotNull();
		assertThat(body.select("script, style, svg, iframe, form, input, [onerror], [onload], [onclick], [style]"))
			.isEmpty();
		assertNoAttack(body.html());
		assertThat(page).doesNotContain("alert(", "javascript:", "evil.example");
	}

	private static void assertNoAttack(String html) {
		assertThat(html.toLowerCase()).doesNotContain("<script", "onerror", "onload", "onclick", "javascript:",
				"<svg", "<iframe", "<style", "style=", "<form", "alert(");
	}

}

package cn.zhicheng.portal.content;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import cn.zhicheng.portal.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The editor names a review notice's committee from a list, and a committee that does not exist is still refused. */
@PortalTest
class ContentCommitteeSelectTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theFormOffersTheCommitteesByName() {
		Document form = page(mvc.get().uri("/admin/content/new").with(user(users.loadUserByUsername("demo-admin"))).exchange());
		assertThat(form.select("select#committeeId option").eachText()).startsWith("不关联评委会")
			.contains("清远市工程系列生态环境专业初级职称评审委员会", "清远市工程系列生态环境专业中级职称评审委员会");
		assertThat(form.select("select#committeeId option").first().attr("value")).isEmpty();
		assertThat(form.select("input[name=committeeId]")).isEmpty();
	}

	@Test
	void anUnknownCommitteeIsRefusedBesideTheSelect() {
		MvcTestResult result = mvc.post().uri("/admin/content")
			.param("section", "REVIEW_NOTICE").param("title", "未知评委会测试").param("bodyMarkdown", "正文")
			.param("committeeId", String.valueOf(Long.MAX_VALUE))
			.with(user(users.loadUserByUsername("demo-admin"))).with(csrf()).exchange();
		Document page = page(result);
		assertThat(page.select("#committeeId-error").text()).isEqualTo("请从列表中选择评委会。");
		assertThat(page.select("select#committeeId").attr("aria-invalid")).isEqualTo("true");
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package cn.zhicheng.portal.content;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The editor explains every bad field in the portal's own words, keeping what was typed. */
@PortalTest
class ContentFormMessagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void emptyAndOverlongFieldsGetThePortalsMessages() {
		String longTitle = "标".repeat(300);
		var result = mvc.perform(MockMvcRequestBuilders.multipart("/admin/content")
			.param("title", longTitle)
			.param("summary", "")
			.param("bodyMarkdown", "")
			.param("reviewYear", "-1")
			.param("version", "0")
			.with(user(users.loadUserByUsername("demo-admin")))
			.with(csrf()));
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("请选择栏目")
			.contains("标题最多 200 个字")
			.contains("请填写正文")
			.contains("评审年度须在 2000 至 2100 之间")
			.contains(longTitle)
			.doesNotContain("不能为null")
			.doesNotContain("个数必须在");
	}

}

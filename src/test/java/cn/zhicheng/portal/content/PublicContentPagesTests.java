package cn.zhicheng.portal.content;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.content.domain.ContentService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The six public sections: demo content, order, search, paging, what visitors may not see, and the editor's door. */
@PortalTest
class PublicContentPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentService content;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@CsvSource({ "/policies, 职称评审管理暂行规定", "/qualifications, 工程系列职称申报学历资历条件",
			"/review-notices, 清远市工程系列生态环境专业中级职称评审委员会2025年度", "/guides, 十二条",
			"/announcements, 资历从什么时候开始计算", "/downloads, 广东省职称评审表" })
	void everySectionShowsItsDemoContent(String path, String title) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(page(result)).contains(title);
	}

	@Test
	void aDemoItemOpensWithItsAttachment() {
		long id = this.content.published(ContentSection.DOWNLOAD, "广东省职称评审表", 0).rows().getFirst().id();
		MvcTestResult result = this.mvc.get().uri("/content/{id}", id).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(page(result)).contains("广东省职称评审表.pdf", "/content/attachments/");
	}

	@Test
	void pinnedItemsComeFirstThenTheNewest() {
		long older = publish("排序测试 旧", false);
		long newer = publish("排序测试 新", false);
		long pinned = publish("排序测试 置顶", true);
		this.content.pin(older, false);
		assertThat(this.content.published(ContentSection.GUIDE, "排序测试", 0).rows())
			.extracting(ContentSummary::id)
			.containsExactly(pinned, newer, older);
		List<String> shown = Jsoup.parse(page(this.mvc.get().uri("/guides?q=排序测试").exchange()))
			.select(".content-list__item a")
			.eachText();
		assertThat(shown).containsExactly("排序测试 置顶", "排序测试 新", "排序测试 旧");
	}

	@Test
	void searchFindsTitlesContainingTheWordsOnly() {
		publish("检索测试 甲乙丙", false);
		publish("另一条通知", false);
		String page = page(this.mvc.get().uri("/guides").param("q", "甲乙").exchange());
		assertThat(page).contains("检索测试 甲乙丙").doesNotContain("另一条通知");
		assertThat(this.content.published(ContentSection.GUIDE, "100%", 0).rows()).isEmpty();
	}

	@Test
	void aLongListIsPaged() {
		for (int i = 0; i < ContentService.PAGE_SIZE + 1; i++) {
			long id = this.content.create(new SaveContent(ContentSection.POLICY, "分页测试 " + i, null, "正文", null,
					null, false), null);
			this.content.publish(id);
		}
		ContentPage first = this.content.published(ContentSection.POLICY, "分页测试", 0);
		assertThat(first.rows()).hasSize(ContentService.PAGE_SIZE);
		assertThat(first.hasNext()).isTrue();
		assertThat(this.content.published(ContentSection.POLICY, "分页测试", 1).rows()).hasSize(1);
		assertThat(this.content.published(ContentSection.POLICY, "分页测试", Integer.MAX_VALUE).page())
			.isEqualTo(ContentService.MAX_PAGE);
		assertThat(page(this.mvc.get().uri("/policies?q=分页测试").exchange())).contains("page=1");
	}

	@Test
	void anUnpublishedItemIsNotFound() {
		long id = this.content.create(new SaveContent(ContentSection.POLICY, "未发布测试", null, "草稿", null, null,
				false), null);
		assertThat(this.mvc.get().uri("/content/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(page(this.mvc.get().uri("/policies").exchange())).doesNotContain("未发布测试");
		this.content.publish(id);
		assertThat(this.mvc.get().uri("/content/{id}", id)).hasStatus(HttpStatus.OK);
		this.content.unpublish(id);
		assertThat(this.mvc.get().uri("/content/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theEditorIsForAdministratorsOnly() {
		assertThat(this.mvc.get().uri("/admin/content").with(user("x").roles("APPLICANT")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/content").param("title", "x").with(user("x").roles("APPLICANT"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/content").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		MvcTestResult admin = this.mvc.get().uri("/admin/content?section=DOWNLOAD").with(admin()).exchange();
		assertThat(admin).hasStatus(HttpStatus.OK);
		assertThat(page(admin)).contains("广东省职称评审表");
		assertThat(this.mvc.get().uri("/admin/content/new").with(admin())).hasStatus(HttpStatus.OK);
	}

	@Test
	void theEditorPublishesPinsAndWithdraws() {
		long id = this.content.create(new SaveContent(ContentSection.ANNOUNCEMENT, "编辑器测试", null, "正文", null,
				null, false), null);
		assertThat(this.mvc.get().uri("/admin/content/{id}/edit", id).with(admin())).hasStatus(HttpStatus.OK);
		assertThat(this.mvc.post().uri("/admin/content/{id}/publish", id).with(admin()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/content/{id}/pin", id).with(admin()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.content.item(id).orElseThrow()).satisfies(item -> {
			assertThat(item.published()).isTrue();
			assertThat(item.pinned()).isTrue();
		});
		long version = this.content.item(id).orElseThrow().version();
		assertThat(this.mvc.post().uri("/admin/content/{id}", id).with(admin()).with(csrf())
			.param("section", "ANNOUNCEMENT").param("title", "编辑器测试（改）").param("bodyMarkdown", "新正文")
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND);
		assertThat(this.content.item(id).orElseThrow().title()).isEqualTo("编辑器测试（改）");
		MvcTestResult stale = this.mvc.post().uri("/admin/content/{id}", id).with(admin()).with(csrf())
			.param("section", "ANNOUNCEMENT").param("title", "过期修改").param("bodyMarkdown", "x")
			.param("version", String.valueOf(version)).exchange();
		assertThat(stale).hasStatus(HttpStatus.OK);
		assertThat(page(stale)).contains("已被他人修改");
		assertThat(this.mvc.post().uri("/admin/content/{id}/unpublish", id).with(admin()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/content/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	private long publish(String title, boolean pinned) {
		long id = this.content.create(new SaveContent(ContentSection.GUIDE, title, null, "正文", null, null, pinned),
				null);
		this.content.publish(id);
		return id;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("demo-admin"));
	}

	private static String page(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}

package cn.zhicheng.portal.content.domain;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.content.ContentSection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo content is in every section once, however often it is loaded, and its PDF is a real PDF. */
@PortalTest
class ContentDemoLoaderTests {

	@Autowired
	ContentDemoLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadingTwiceAddsNothing() {
		Integer before = count();
		this.loader.run(null);
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (select section, title from content_item group by section, title
				                      having count(*) > 1) duplicates""", Integer.class)).isZero();
		for (ContentSection section : ContentSection.values()) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from content_item where section = ? and published", Integer.class,
					section.name())).as(section.name()).isPositive();
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from content_item where section = 'REVIEW_NOTICE' and review_year = 2025
				  and committee_id is not null""", Integer.class)).isPositive();
	}

	@Test
	void theBlankFormIsAPdf() {
		byte[] pdf = ContentDemoLoader.blankFormPdf();
		assertThat(AttachmentInspector.problem("广东省职称评审表.pdf", pdf, 10_000_000)).isEmpty();
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII)).endsWith("%%EOF\n");
	}

	private Integer count() {
		return this.jdbc.queryForObject("select count(*) from content_item", Integer.class);
	}

}

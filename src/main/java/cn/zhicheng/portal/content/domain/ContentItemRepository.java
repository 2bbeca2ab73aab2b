package cn.zhicheng.portal.content.domain;

import java.util.Optional;

import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.ContentSummary;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ContentItemRepository extends ListCrudRepository<ContentItem, Long> {

	/** The public list; served by content_item_public_list (and the trigram index when searching). */
	@Query("""
			select new cn.zhicheng.portal.content.ContentSummary(i.id, i.section, i.title, i.summary, i.pinned,
			       i.published, i.publishedAt, i.updatedAt)
			from ContentItem i
			where i.section = :section and i.published = true and i.title ilike :pattern escape '\\'
			order by i.pinned desc, i.publishedAt desc nulls last, i.id desc""")
	Slice<ContentSummary> findPublished(@Param("section") ContentSection section, @Param("pattern") String pattern,
			Pageable page);

	@Query("""
			select new cn.zhicheng.portal.content.ContentSummary(i.id, i.section, i.title, i.summary, i.pinned,
			       i.published, i.publishedAt, i.updatedAt)
			from ContentItem i
			where (i.section = :section or :all = true) and i.title ilike :pattern escape '\\'
			order by i.updatedAt desc, i.id desc""")
	Slice<ContentSummary> findForEditor(@Param("section") ContentSection section, @Param("all") boolean all,
			@Param("pattern") String pattern, Pageable page);

	Optional<ContentItem> findByIdAndPublishedTrue(long id);

	boolean existsBySectionAndTitle(ContentSection section, String title);

}

package cn.zhicheng.portal.content.domain;

import java.util.List;

import cn.zhicheng.portal.content.AttachmentView;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ContentAttachmentRepository extends ListCrudRepository<ContentAttachment, Long> {

	/** The list without the bytes, which may be megabytes each. */
	@Query("""
			select new cn.zhicheng.portal.content.AttachmentView(a.id, a.itemId, a.fileName, a.contentType, a.size,
			       a.uploadedAt)
			from ContentAttachment a where a.itemId = :itemId order by a.id""")
	List<AttachmentView> findViews(@Param("itemId") long itemId);

	/** A visitor's download, scoped in SQL: an attachment of an unpublished item is not found. */
	@Query("""
			select a from ContentAttachment a
			where a.id = :id and exists (select 1 from ContentItem i where i.id = a.itemId and i.published = true)""")
	java.util.Optional<ContentAttachment> findPublished(@Param("id") long id);

}

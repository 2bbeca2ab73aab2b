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

}

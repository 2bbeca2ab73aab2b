package cn.zhicheng.portal.content.domain;

import java.time.Clock;
import java.util.Optional;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.content.AttachmentFile;
import cn.zhicheng.portal.content.ContentPage;
import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.ContentSummary;
import cn.zhicheng.portal.content.ContentView;
import cn.zhicheng.portal.content.NewAttachment;
import cn.zhicheng.portal.content.SaveContent;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public sections and their editor. Visitors see published items only; an unpublished item or its attachments
 * are simply absent for them. Access to the editing methods is the security chain's (/admin/** is ADMIN).
 */
@Service
public class ContentService {

	public static final int PAGE_SIZE = 20;

	/** Offset paging is fine for lists of a few hundred items, but an offset is still bounded. */
	public static final int MAX_PAGE = 500;

	private final ContentItemRepository items;

	private final ContentAttachmentRepository attachments;

	private final Clock clock;

	private final long maxAttachmentBytes;

	private final AuditLog audit;

	ContentService(ContentItemRepository items, ContentAttachmentRepository attachments, Clock clock,
			@Value("${portal.content.max-attachment-bytes:10485760}") long maxAttachmentBytes, AuditLog audit) {
		this.audit = audit;
		this.items = items;
		this.attachments = attachments;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	@Transactional(readOnly = true)
	public ContentPage published(ContentSection section, @Nullable String search, int page) {
		int bounded = Math.clamp(page, 0, MAX_PAGE);
		Slice<ContentSummary> rows = this.items.findPublished(section, pattern(search),
				PageRequest.of(bounded, PAGE_SIZE));
		return page(rows, bounded);
	}

	@Transactional(readOnly = true)
	public ContentPage forEditor(@Nullable ContentSection section, @Nullable String search, int page) {
		int bounded = Math.clamp(page, 0, MAX_PAGE);
		Slice<ContentSummary> rows = this.items.findForEditor((section != null) ? section : ContentSection.POLICY,
				section == null, pattern(search), PageRequest.of(bounded, PAGE_SIZE));
		return page(rows, bounded);
	}

	@Transactional(readOnly = true)
	public Optional<ContentView> publishedItem(long id) {
		return this.items.findByIdAndPublishedTrue(id).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<ContentView> item(long id) {
		return this.items.findById(id).map(this::view);
	}

	/** A download for a visitor: only attachments of published items exist for them. */
	@Transactional(readOnly = true)
	public Optional<AttachmentFile> publishedAttachment(long id) {
		return this.attachments.findPublished(id)
			.map(attachment -> new AttachmentFile(attachment.fileName(), attachment.contentType(),
					attachment.bytes()));
	}

	/** The message key of what is wrong with an upload, checked before anything is saved. */
	public Optional<String> problem(NewAttachment file) {
		return AttachmentInspector.problem(AttachmentInspector.cleanName(file.fileName()), file.bytes(),
				this.maxAttachmentBytes);
	}

	@Transactional
	public long create(SaveContent content, @Nullable NewAttachment file) {
		ContentItem item = this.items.save(new ContentItem(content, BodyRenderer.render(content.bodyMarkdown()),
				this.clock.instant()));
		attach(item.id(), file);
		audited("CONTENT_CREATED", item.id(), content.title());
		return item.id();
	}

	/** Saves an edit made on the given version; a later edit by someone else wins and this one is refused. */
	@Transactional
	public void update(long id, long version, SaveContent content, @Nullable NewAttachment file) {
		ContentItem item = existing(id);
		if (item.version() != version) {
			throw new OptimisticLockingFailureException("content item " + id + " changed since version " + version);
		}
		item.change(content, BodyRenderer.render(content.bodyMarkdown()), this.clock.instant());
		attach(id, file);
		audited("CONTENT_UPDATED", id, content.title());
	}

	@Transactional
	public void publish(long id) {
		existing(id).publish(this.clock.instant());
		audited("CONTENT_PUBLISHED", id, null);
	}

	@Transactional
	public void unpublish(long id) {
		existing(id).unpublish(this.clock.instant());
		audited("CONTENT_UNPUBLISHED", id, null);
	}

	@Transactional
	public void pin(long id, boolean pinned) {
		existing(id).pin(pinned, this.clock.instant());
		audited(pinned ? "CONTENT_PINNED" : "CONTENT_UNPINNED", id, null);
	}

	@Transactional
	public void deleteAttachment(long itemId, long attachmentId) {
		this.attachments.findById(attachmentId)
			.filter(attachment -> attachment.itemId() == itemId)
			.ifPresent(attachment -> {
				this.attachments.delete(attachment);
				audited("CONTENT_ATTACHMENT_DELETED", itemId, "attachment " + attachmentId);
			});
	}

	/** Only administrators edit content (the /admin/** rule); the record names the one signed in. */
	private void audited(String action, long itemId, @Nullable String detail) {
		this.audit.record(AuditEntry.bySignedIn("ADMIN", action, "CONTENT_ITEM", itemId, detail));
	}

	@Transactional(readOnly = true)
	public boolean exists(ContentSection section, String title) {
		return this.items.existsBySectionAndTitle(section, title);
	}

	private void attach(long itemId, @Nullable NewAttachment file) {
		if (file == null) {
			return;
		}
		Optional<String> problem = problem(file);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("attachment refused: " + problem.get());
		}
		String name = AttachmentInspector.cleanName(file.fileName());
		this.attachments.save(new ContentAttachment(itemId, name, AttachmentInspector.contentType(name), file.bytes(),
				this.clock.instant()));
	}

	private ContentItem existing(long id) {
		return this.items.findById(id).orElseThrow(() -> new ContentNotFoundException(id));
	}

	private ContentView view(ContentItem item) {
		return new ContentView(item.id(), item.section(), item.title(), item.summary(), item.bodyMarkdown(),
				item.bodyHtml(), item.committeeId(), item.reviewYear(), item.pinned(), item.published(),
				item.publishedAt(), item.updatedAt(), item.version(), this.attachments.findViews(item.id()));
	}

	/** A slice reads one row more than it shows, so no count query runs just to draw a "next" link. */
	private static ContentPage page(Slice<ContentSummary> rows, int page) {
		return new ContentPage(rows.getContent(), page, rows.hasNext());
	}

	/** "Title contains": the user's % and _ are literal characters, not wildcards. */
	private static String pattern(@Nullable String search) {
		if (search == null || search.isBlank()) {
			return "%";
		}
		String escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}

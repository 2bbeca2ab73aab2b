package cn.zhicheng.portal.content.domain;

import java.time.Instant;

import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.SaveContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One public item. Two administrators may edit the same item, hence the version. */
@Entity
@Table(name = "content_item")
class ContentItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private ContentSection section;

	private String title;

	private @Nullable String summary;

	@Column(name = "body_markdown")
	private String bodyMarkdown;

	@Column(name = "body_html")
	private String bodyHtml;

	@Column(name = "committee_id")
	private @Nullable Long committeeId;

	@Column(name = "review_year")
	private @Nullable Integer reviewYear;

	private boolean pinned;

	private boolean published;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected ContentItem() {
	}

	ContentItem(SaveContent content, String bodyHtml, Instant now) {
		this.section = content.section();
		this.title = content.title();
		this.bodyMarkdown = content.bodyMarkdown();
		this.bodyHtml = bodyHtml;
		this.updatedAt = now;
		change(content, bodyHtml, now);
	}

	void change(SaveContent content, String bodyHtml, Instant now) {
		this.section = content.section();
		this.title = content.title();
		this.summary = content.summary();
		this.bodyMarkdown = content.bodyMarkdown();
		this.bodyHtml = bodyHtml;
		this.committeeId = content.committeeId();
		this.reviewYear = content.reviewYear();
		this.pinned = content.pinned();
		this.updatedAt = now;
	}

	/** The first publication dates the item; publishing again after a withdrawal keeps its place in the list. */
	void publish(Instant now) {
		this.published = true;
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	void unpublish(Instant now) {
		this.published = false;
		this.updatedAt = now;
	}

	void pin(boolean pinned, Instant now) {
		this.pinned = pinned;
		this.updatedAt = now;
	}

	@SuppressWarnings("NullAway")
	long id() {
		return this.id;
	}

	ContentSection section() {
		return this.section;
	}

	String title() {
		return this.title;
	}

	@Nullable String summary() {
		return this.summary;
	}

	String bodyMarkdown() {
		return this.bodyMarkdown;
	}

	String bodyHtml() {
		return this.bodyHtml;
	}

	@Nullable Long committeeId() {
		return this.committeeId;
	}

	@Nullable Integer reviewYear() {
		return this.reviewYear;
	}

	boolean pinned() {
		return this.pinned;
	}

	boolean published() {
		return this.published;
	}

	@Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

}

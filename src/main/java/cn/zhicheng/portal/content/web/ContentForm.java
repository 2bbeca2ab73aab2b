package cn.zhicheng.portal.content.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.ContentView;
import cn.zhicheng.portal.content.NewAttachment;
import cn.zhicheng.portal.content.SaveContent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/** The editor's form; the optional file travels with it so a refused file loses none of the typed text. */
class ContentForm {

	@NotNull(message = "{content.form.section.required}")
	private @Nullable ContentSection section;

	@NotBlank(message = "{content.form.title.required}")
	@Size(max = 200, message = "{content.form.title.too-long}")
	private String title = "";

	@Size(max = 500, message = "{content.form.summary.too-long}")
	private String summary = "";

	@NotBlank(message = "{content.form.body.required}")
	@Size(max = 200_000, message = "{content.form.body.too-long}")
	private String bodyMarkdown = "";

	private @Nullable Long committeeId;

	@Min(value = 2000, message = "{content.form.review-year.range}")
	@Max(value = 2100, message = "{content.form.review-year.range}")
	private @Nullable Integer reviewYear;

	private boolean pinned;

	private long version;

	private @Nullable MultipartFile attachment;

	static ContentForm of(ContentView item) {
		ContentForm form = new ContentForm();
		form.section = item.section();
		form.title = item.title();
		form.summary = (item.summary() != null) ? item.summary() : "";
		form.bodyMarkdown = item.bodyMarkdown();
		form.committeeId = item.committeeId();
		form.reviewYear = item.reviewYear();
		form.pinned = item.pinned();
		form.version = item.version();
		return form;
	}

	@SuppressWarnings("NullAway")
	SaveContent toCommand() {
		return new SaveContent(this.section, this.title.strip(), this.summary.isBlank() ? null : this.summary.strip(),
				this.bodyMarkdown, this.committeeId, this.reviewYear, this.pinned);
	}

	/**
	 * The file chosen, if any. A browser sends an empty part without a name when no file was chosen; an empty file
	 * that was chosen is passed on, to be refused as empty rather than silently dropped.
	 */
	@Nullable NewAttachment newAttachment() {
		String name = (this.attachment != null) ? this.attachment.getOriginalFilename() : null;
		if (this.attachment == null || (this.attachment.isEmpty() && (name == null || name.isBlank()))) {
			return null;
		}
		try {
			return new NewAttachment((name != null) ? name : "", this.attachment.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public @Nullable ContentSection getSection() {
		return this.section;
	}

	public void setSection(@Nullable ContentSection section) {
		this.section = section;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public void setBodyMarkdown(String bodyMarkdown) {
		this.bodyMarkdown = bodyMarkdown;
	}

	public @Nullable Long getCommitteeId() {
		return this.committeeId;
	}

	public void setCommitteeId(@Nullable Long committeeId) {
		this.committeeId = committeeId;
	}

	public @Nullable Integer getReviewYear() {
		return this.reviewYear;
	}

	public void setReviewYear(@Nullable Integer reviewYear) {
		this.reviewYear = reviewYear;
	}

	public boolean isPinned() {
		return this.pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable MultipartFile getAttachment() {
		return this.attachment;
	}

	public void setAttachment(@Nullable MultipartFile attachment) {
		this.attachment = attachment;
	}

}

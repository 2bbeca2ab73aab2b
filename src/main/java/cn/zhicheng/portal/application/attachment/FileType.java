package cn.zhicheng.portal.application.attachment;

import java.util.Set;

/** The kinds of file an attachment may be: what reviewers open on any machine without extra software. */
enum FileType {

	PDF("application/pdf", "pdf", Set.of("pdf")), JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg")),
	PNG("image/png", "png", Set.of("png"));

	private final String contentType;

	private final String extension;

	private final Set<String> extensions;

	FileType(String contentType, String extension, Set<String> extensions) {
		this.contentType = contentType;
		this.extension = extension;
		this.extensions = extensions;
	}

	String contentType() {
		return contentType;
	}

	/** The extension a file of this type is saved with when its name has none of {@link #extensions}. */
	String extension() {
		return extension;
	}

	Set<String> extensions() {
		return extensions;
	}

}

package cn.zhicheng.portal.content;

import java.util.Optional;
import java.util.stream.Stream;

/** The public sections of the portal's menu, each with its own list page. */
public enum ContentSection {

	POLICY("/policies", "nav.policies"), QUALIFICATION("/qualifications", "nav.qualifications"),
	REVIEW_NOTICE("/review-notices", "nav.review-notices"), GUIDE("/guides", "nav.guides"),
	ANNOUNCEMENT("/announcements", "nav.announcements"), DOWNLOAD("/downloads", "nav.downloads");

	private final String path;

	private final String titleKey;

	ContentSection(String path, String titleKey) {
		this.path = path;
		this.titleKey = titleKey;
	}

	public String path() {
		return this.path;
	}

	public String titleKey() {
		return this.titleKey;
	}

	public static Optional<ContentSection> ofPath(String path) {
		return Stream.of(values()).filter(section -> section.path.equals(path)).findFirst();
	}

}

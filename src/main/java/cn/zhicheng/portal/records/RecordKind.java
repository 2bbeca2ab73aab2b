package cn.zhicheng.portal.records;

import java.util.Arrays;
import java.util.Optional;

/** The five blocks of personal records, each with the path segment its pages use. */
public enum RecordKind {

	EDUCATION("education"), WORK("work-history"), TRAINING("training"), ACHIEVEMENT("achievement"), APPRAISAL("appraisal");

	private final String slug;

	RecordKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<RecordKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}

}

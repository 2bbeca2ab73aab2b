package cn.zhicheng.portal.application.committee;

import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/** A file in 评审中 waiting for this session's vote. */
public record PendingFile(long id, String number, @Nullable String applicantName, @Nullable String specialty,
		@Nullable TitleLevel level) {
}

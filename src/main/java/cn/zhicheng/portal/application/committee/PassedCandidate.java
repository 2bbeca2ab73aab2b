package cn.zhicheng.portal.application.committee;

import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/**
 * A passed candidate as the 评后公示 lists them: name, unit, specialty, title and committee — never an ID number or
 * a mobile. {@code key} orders the list and pages it; it is no personal number.
 */
public record PassedCandidate(long sessionId, long key, String name, @Nullable String unitName,
		@Nullable String specialty, @Nullable String levelName, @Nullable TitleLevel level, String committeeName) {
}

package cn.zhicheng.portal.catalog;

import org.jspecify.annotations.Nullable;

/** A committee as other capabilities see it; it reviews every level from {@code lowestLevel} to {@code highestLevel}. */
public record CommitteeView(long id, String name, long regionId, TitleLevel lowestLevel, TitleLevel highestLevel,
		String officeName, @Nullable String officePhone) {
}

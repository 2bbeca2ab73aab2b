package cn.zhicheng.portal.application.reviewform;

import org.jspecify.annotations.Nullable;

/**
 * One line of the 申报材料清单: the message key naming the material (with {0} for the level where the name has one),
 * how many copies or pieces when it depends on the file (one 继续教育证书 a year), whether the portal generates it, and
 * where to download it when it does.
 */
public record ChecklistItem(String messageKey, @Nullable Integer count, boolean generated,
		@Nullable String downloadPath) {
}

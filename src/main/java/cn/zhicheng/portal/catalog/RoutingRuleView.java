package cn.zhicheng.portal.catalog;

import org.jspecify.annotations.Nullable;

/** One routing rule; a null level covers every level not given its own rule. */
public record RoutingRuleView(long id, ApplicationKind applicationKind, @Nullable TitleLevel level,
		Destination destination, @Nullable String note, long version) {
}

package cn.zhicheng.portal.region;

import org.jspecify.annotations.Nullable;

/** A division as other capabilities and the API see it. */
public record RegionView(long id, String code, String name, RegionLevel level, @Nullable Long parentId) {
}

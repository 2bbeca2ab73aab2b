package cn.zhicheng.portal.unit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of a keyset-paged list, newest first; {@code nextBefore} asks for the next page, null on the last. */
public record UnitPage(List<UnitProfile> units, @Nullable Long nextBefore) {
}

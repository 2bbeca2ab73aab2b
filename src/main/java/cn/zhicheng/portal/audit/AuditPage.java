package cn.zhicheng.portal.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of a search, newest first; {@code next} is set when there is a page after it. */
public record AuditPage(List<AuditRecord> rows, @Nullable AuditCursor next) {
}

package cn.zhicheng.portal.records;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A saved record: its id, version (optimistic locking), when it was archived (入库) if it was, and its entry. */
public record StoredRecord<T extends RecordEntry>(long id, long version, @Nullable Instant archivedAt, T entry) {

	public boolean archived() {
		return archivedAt != null;
	}

}

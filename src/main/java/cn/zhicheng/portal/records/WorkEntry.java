package cn.zhicheng.portal.records;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 工作经历: one job; {@code endedOn} is null while it lasts. */
public record WorkEntry(String unitName, LocalDate startedOn, @Nullable LocalDate endedOn, String position,
		String workContent, @Nullable String witness) implements RecordEntry {

	@Override
	public RecordKind kind() {
		return RecordKind.WORK;
	}

}

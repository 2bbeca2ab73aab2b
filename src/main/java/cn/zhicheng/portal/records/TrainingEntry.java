package cn.zhicheng.portal.records;

import org.jspecify.annotations.Nullable;

/** 继续教育 of one year: 公需课, 专业课 and 选修课 hours and the year's certificate (DOMAIN.md §3). */
public record TrainingEntry(int year, int publicHours, int professionalHours, int electiveHours,
		@Nullable String certificateNo) implements RecordEntry {

	public int totalHours() {
		return publicHours + professionalHours + electiveHours;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.TRAINING;
	}

}

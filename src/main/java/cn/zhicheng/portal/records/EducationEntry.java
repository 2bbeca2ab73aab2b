package cn.zhicheng.portal.records;

import java.time.LocalDate;

import cn.zhicheng.portal.account.Education;
import org.jspecify.annotations.Nullable;

/** 学历 (学习经历): one course of study, as the review form's section 二 lists it. */
public record EducationEntry(String school, String major, Education degreeLevel, boolean fullTime, LocalDate startedOn,
		LocalDate graduatedOn, @Nullable String certificateNo) implements RecordEntry {

	@Override
	public RecordKind kind() {
		return RecordKind.EDUCATION;
	}

}

package cn.zhicheng.portal.records;

/** 考核信息: the result of one year's appraisal; one a year. */
public record AppraisalEntry(int year, AppraisalResult result) implements RecordEntry {

	@Override
	public RecordKind kind() {
		return RecordKind.APPRAISAL;
	}

}

package cn.zhicheng.portal.records;

/** What a person types for one record of any kind; the kind follows from the type. */
public sealed interface RecordEntry permits EducationEntry, WorkEntry, TrainingEntry, AchievementEntry, AppraisalEntry {

	RecordKind kind();

}

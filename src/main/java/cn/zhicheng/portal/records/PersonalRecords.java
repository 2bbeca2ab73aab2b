package cn.zhicheng.portal.records;

import java.util.List;
import java.util.Optional;

/**
 * A person's own records (学历, 工作经历, 继续教育, 业绩成果, 考核). Every call is scoped by the owner's id in SQL: a
 * record of someone else is reported as not found. Archived records (入库信息) are reusable but never changed or
 * deleted; the database refuses that too, so this holds for any code path.
 */
public interface PersonalRecords {

	List<StoredRecord<EducationEntry>> educations(long ownerId);

	List<StoredRecord<WorkEntry>> work(long ownerId);

	List<StoredRecord<TrainingEntry>> trainings(long ownerId);

	List<StoredRecord<AchievementEntry>> achievements(long ownerId);

	List<StoredRecord<AppraisalEntry>> appraisals(long ownerId);

	/** One record of the owner, archived or not. */
	Optional<StoredRecord<RecordEntry>> find(long ownerId, RecordKind kind, long id);

	/**
	 * Adds a record and returns its id.
	 * @throws DuplicateYearException when 继续教育 or 考核 of that year exists among the unarchived records
	 */
	long add(long ownerId, RecordEntry entry);

	/**
	 * Replaces an unarchived record's entry.
	 * @throws RecordNotFoundException when the owner has no such record
	 * @throws ArchivedRecordException when it is archived
	 * @throws StaleRecordException when {@code version} is not the current one
	 * @throws DuplicateYearException as for {@link #add}
	 */
	void update(long ownerId, long id, long version, RecordEntry entry);

	/**
	 * Deletes an unarchived record.
	 * @throws RecordNotFoundException when the owner has no such record
	 * @throws ArchivedRecordException when it is archived
	 */
	void delete(long ownerId, RecordKind kind, long id);

	/**
	 * Archives (入库) every unarchived record of the owner and returns how many. Called when a case ends, passed or
	 * failed (issue #5 part 3): from then on the records are only reused, never changed.
	 */
	int archiveAll(long ownerId);

}

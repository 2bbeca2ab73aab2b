package cn.zhicheng.portal.records.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.ArchivedRecordException;
import cn.zhicheng.portal.records.DuplicateYearException;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.RecordNotFoundException;
import cn.zhicheng.portal.records.StaleRecordException;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PersonalRecords} on the record tables: owner scoping, the one-a-year rule and the archive rule. */
@Service
@Transactional
class PersonalRecordService implements PersonalRecords {

	private final PersonalRecordRepository records;

	private final Clock clock;

	PersonalRecordService(PersonalRecordRepository records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredRecord<EducationEntry>> educations(long ownerId) {
		return list(RecordTable.EDUCATION, ownerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredRecord<WorkEntry>> work(long ownerId) {
		return list(RecordTable.WORK, ownerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredRecord<TrainingEntry>> trainings(long ownerId) {
		return list(RecordTable.TRAINING, ownerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredRecord<AchievementEntry>> achievements(long ownerId) {
		return list(RecordTable.ACHIEVEMENT, ownerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredRecord<AppraisalEntry>> appraisals(long ownerId) {
		return list(RecordTable.APPRAISAL, ownerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredRecord<RecordEntry>> find(long ownerId, RecordKind kind, long id) {
		return records.find(RecordTable.of(kind), ownerId, id);
	}

	@Override
	public long add(long ownerId, RecordEntry entry) {
		RecordTable table = RecordTable.of(entry.kind());
		refuseTakenYear(table, ownerId, entry, -1);
		try {
			return records.insert(table, ownerId, entry);
		}
		catch (DuplicateKeyException raced) {
			throw new DuplicateYearException(entry.kind(), year(entry));
		}
	}

	@Override
	public void update(long ownerId, long id, long version, RecordEntry entry) {
		RecordTable table = RecordTable.of(entry.kind());
		StoredRecord<RecordEntry> current = records.find(table, ownerId, id)
			.orElseThrow(() -> new RecordNotFoundException(entry.kind(), id));
		if (current.archived()) {
			throw new ArchivedRecordException(entry.kind(), id);
		}
		refuseTakenYear(table, ownerId, entry, id);
		int changed;
		try {
			changed = records.update(table, ownerId, id, version, entry);
		}
		catch (DuplicateKeyException raced) {
			throw new DuplicateYearException(entry.kind(), year(entry));
		}
		if (changed == 0) {
			throw new StaleRecordException(entry.kind(), id);
		}
	}

	@Override
	public void delete(long ownerId, RecordKind kind, long id) {
		RecordTable table = RecordTable.of(kind);
		StoredRecord<RecordEntry> current = records.find(table, ownerId, id)
			.orElseThrow(() -> new RecordNotFoundException(kind, id));
		if (current.archived()) {
			throw new ArchivedRecordException(kind, id);
		}
		records.delete(table, ownerId, id);
	}

	@Override
	public int archiveAll(long ownerId) {
		int archived = 0;
		for (RecordTable table : RecordTable.values()) {
			archived += records.archiveAll(table, ownerId, clock.instant());
		}
		return archived;
	}

	private void refuseTakenYear(RecordTable table, long ownerId, RecordEntry entry, long exceptId) {
		if (table.oneAYear() && records.yearTaken(table, ownerId, year(entry), exceptId)) {
			throw new DuplicateYearException(entry.kind(), year(entry));
		}
	}

	private static int year(RecordEntry entry) {
		return switch (entry) {
			case TrainingEntry training -> training.year();
			case AppraisalEntry appraisal -> appraisal.year();
			default -> 0;
		};
	}

	/** The table's mapper reads entries of the table's own type, so the cast cannot fail. */
	@SuppressWarnings("unchecked")
	private <T extends RecordEntry> List<StoredRecord<T>> list(RecordTable table, long ownerId) {
		return records.list(table, ownerId).stream().map(record -> (StoredRecord<T>) (StoredRecord<?>) record).toList();
	}

}

package cn.zhicheng.portal.records;

import java.time.LocalDate;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link PersonalRecords} API on its own: owner scoping, optimistic locking, archiving. */
@PortalTest
class PersonalRecordsServiceTests {

	@Autowired
	PersonalRecords records;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	private long owner;

	private long stranger;

	@BeforeEach
	void twoApplicants() {
		owner = applicant("owner");
		stranger = applicant("stranger");
	}

	@Test
	void aRecordIsVisibleAndChangeableOnlyByItsOwner() {
		long id = records.add(owner, new WorkEntry("佛山设计院", LocalDate.of(2018, 7, 1), null, "技术员", "给排水设计", null));
		assertThat(records.work(owner)).singleElement().satisfies(record -> {
			assertThat(record.id()).isEqualTo(id);
			assertThat(record.archived()).isFalse();
			assertThat(record.entry().endedOn()).isNull();
		});
		assertThat(records.work(stranger)).isEmpty();
		assertThat(records.find(stranger, RecordKind.WORK, id)).isEmpty();
		WorkEntry changed = new WorkEntry("佛山设计院", LocalDate.of(2018, 7, 1), LocalDate.of(2022, 6, 30), "工程师",
				"给排水设计", "李工");
		assertThatThrownBy(() -> records.update(stranger, id, 0, changed)).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> records.delete(stranger, RecordKind.WORK, id))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> records.delete(owner, RecordKind.EDUCATION, id))
			.as("an id of another kind is not found either")
			.isInstanceOf(RecordNotFoundException.class);

		records.update(owner, id, 0, changed);
		assertThat(records.find(owner, RecordKind.WORK, id)).get().satisfies(record -> {
			assertThat(record.version()).isEqualTo(1);
			assertThat(record.entry()).isEqualTo(changed);
		});
		assertThatThrownBy(() -> records.update(owner, id, 0, changed)).as("a stale version")
			.isInstanceOf(StaleRecordException.class);
	}

	@Test
	void archivingFreezesEveryKindOfTheOwnerOnly() {
		records.add(owner, new EducationEntry("暨南大学", "计算机科学", Education.MASTER, false, LocalDate.of(2016, 9, 1),
				LocalDate.of(2019, 6, 30), null));
		records.add(owner, new TrainingEntry(2023, 30, 60, 0, null));
		records.add(owner, new AchievementEntry(AchievementKind.PATENT, "一种桥梁支座", "第一发明人", "发明专利",
				LocalDate.of(2021, 3, 1), null));
		long appraisal = records.add(owner, new AppraisalEntry(2023, AppraisalResult.EXCELLENT));
		long strangers = records.add(stranger, new AppraisalEntry(2023, AppraisalResult.PASS));

		assertThat(records.archiveAll(owner)).isEqualTo(4);
		assertThat(records.educations(owner)).allMatch(StoredRecord::archived);
		assertThat(records.trainings(owner)).allMatch(StoredRecord::archived);
		assertThat(records.achievements(owner)).allMatch(StoredRecord::archived);
		assertThatThrownBy(() -> records.update(owner, appraisal, 1, new AppraisalEntry(2023, AppraisalResult.FAIL)))
			.isInstanceOf(ArchivedRecordException.class);
		assertThatThrownBy(() -> records.delete(owner, RecordKind.APPRAISAL, appraisal))
			.isInstanceOf(ArchivedRecordException.class);

		assertThat(records.find(stranger, RecordKind.APPRAISAL, strangers)).get()
			.satisfies(record -> assertThat(record.archived()).isFalse());
		records.delete(stranger, RecordKind.APPRAISAL, strangers);
	}

	@Test
	void aYearTakenIsRefusedOnUpdateToo() {
		records.add(owner, new TrainingEntry(2022, 30, 60, 0, null));
		long other = records.add(owner, new TrainingEntry(2021, 30, 60, 0, null));
		assertThatThrownBy(() -> records.add(owner, new TrainingEntry(2022, 10, 10, 10, null)))
			.isInstanceOf(DuplicateYearException.class);
		assertThatThrownBy(() -> records.update(owner, other, 0, new TrainingEntry(2022, 30, 60, 0, null)))
			.isInstanceOf(DuplicateYearException.class);
		assertThat(records.add(stranger, new TrainingEntry(2022, 30, 60, 0, null))).isPositive();
	}

	private long applicant(String prefix) {
		String username = People.username("records-" + prefix, People.next());
		accounts.createIfAbsent(new NewAccount(username, "Records#2026", prefix, Role.APPLICANT, null, null));
		return ((PortalUser) users.loadUserByUsername(username)).id();
	}

}

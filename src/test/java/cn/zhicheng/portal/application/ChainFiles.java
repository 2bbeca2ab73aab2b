package cn.zhicheng.portal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files of the 2025年度 sent to the demo unit through the services (the wizard's pages are tested elsewhere): a
 * complete evaluation for 工程师 with the 清远 中级 committee, whose 2025 window runs 2026-01-05 to 2026-03-31.
 */
final class ChainFiles {

	static final int YEAR = 2025;

	private final ApplicationService applications;

	private final PersonalRecords records;

	private final Filers filers;

	private final JdbcTemplate jdbc;

	ChainFiles(ApplicationService applications, PersonalRecords records, Filers filers, JdbcTemplate jdbc) {
		this.applications = applications;
		this.records = records;
		this.filers = filers;
		this.jdbc = jdbc;
	}

	long submitted(PortalUser applicant) {
		long id = applications.start(applicant, ApplicationType.EVALUATION, YEAR);
		applications.chooseUnit(applicant, id, version(id));
		applications.savePersonal(applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2012, 7, 15),
				"环境监测", null, "助理工程师", TitleLevel.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 3, 10),
				2020, null, null));
		choose(applicant, id, RecordKind.EDUCATION, FilingStep.EDUCATION, ids(records.educations(applicant.id())));
		choose(applicant, id, RecordKind.WORK, FilingStep.EDUCATION, ids(records.work(applicant.id())));
		choose(applicant, id, RecordKind.TRAINING, FilingStep.TRAINING, ids(records.trainings(applicant.id())));
		choose(applicant, id, RecordKind.APPRAISAL, FilingStep.APPRAISAL, ids(records.appraisals(applicant.id())));
		choose(applicant, id, RecordKind.ACHIEVEMENT, FilingStep.ACHIEVEMENTS,
				ids(records.achievements(applicant.id())));
		applications.saveDeclaration(applicant.id(), id, version(id), new DeclarationAnswers(filers.series(),
				filers.specialty("生态环境监测"), TitleLevel.INTERMEDIATE,
				filers.committee("清远市工程系列生态环境专业中级职称评审委员会"), Route.NORMAL, null, null, null, null, null,
				null, null, null, null));
		Readiness readiness = applications.submit(applicant, id, version(id));
		if (!readiness.ready()) {
			throw new AssertionError("file not ready: " + readiness.problems());
		}
		return id;
	}

	private void choose(PortalUser applicant, long id, RecordKind kind, FilingStep step, List<Long> ids) {
		applications.saveSelection(applicant.id(), id, version(id), step, kind, Set.copyOf(ids), ids);
	}

	private static <T extends cn.zhicheng.portal.records.RecordEntry> List<Long> ids(List<StoredRecord<T>> rows) {
		return rows.stream().map(StoredRecord::id).toList();
	}

	long version(long id) {
		return jdbc.queryForObject("select version from application where id = ?", Long.class, id);
	}

	String status(long id) {
		return jdbc.queryForObject("select status from application where id = ?", String.class, id);
	}

}

package cn.zhicheng.portal.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 评审申请 for 工程师 (生态环境监测, the 清远 中级 committee) of the review year being filed today, every section
 * answered and every archived record chosen, filed through the services: the wizard's pages have their own browser
 * test, and tests of what comes after need a file fast.
 */
final class EvaluationFiles {

	static final String COMMITTEE = "清远市工程系列生态环境专业中级职称评审委员会";

	private final ApplicationService applications;

	private final PersonalRecords records;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EvaluationFiles(ApplicationService applications, PersonalRecords records, JdbcTemplate jdbc, Clock clock) {
		this.applications = applications;
		this.records = records;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	int year() {
		return ReviewYears.current(LocalDate.now(this.clock));
	}

	/** The file, complete but not yet submitted. */
	long filed(PortalUser applicant) {
		long id = applications.start(applicant, ApplicationType.EVALUATION, year());
		applications.chooseUnit(applicant, id, version(id));
		applications.savePersonal(applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2010, 7, 15),
				"生态环境监测", null, "助理工程师", TitleLevel.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 3, 10),
				2020, null, null));
		choose(applicant, id, RecordKind.EDUCATION, records.educations(applicant.id()));
		choose(applicant, id, RecordKind.WORK, records.work(applicant.id()));
		choose(applicant, id, RecordKind.TRAINING, records.trainings(applicant.id()));
		choose(applicant, id, RecordKind.APPRAISAL, records.appraisals(applicant.id()));
		choose(applicant, id, RecordKind.ACHIEVEMENT, records.achievements(applicant.id()));
		applications.saveDeclaration(applicant.id(), id, version(id), new DeclarationAnswers(
				jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class),
				jdbc.queryForObject("select id from specialty where name = '生态环境监测'", Long.class),
				TitleLevel.INTERMEDIATE, committee(), Route.NORMAL, null, null, null, null, null, null, null, null,
				null));
		return id;
	}

	long committee() {
		return jdbc.queryForObject("select id from committee where name = ?", Long.class, COMMITTEE);
	}

	long version(long id) {
		return jdbc.queryForObject("select version from application where id = ?", Long.class, id);
	}

	private <T extends RecordEntry> void choose(PortalUser applicant, long id, RecordKind kind,
			List<StoredRecord<T>> rows) {
		List<Long> ids = rows.stream().map(StoredRecord::id).toList();
		FilingStep step = switch (kind) {
			case EDUCATION, WORK -> FilingStep.EDUCATION;
			case TRAINING -> FilingStep.TRAINING;
			case APPRAISAL -> FilingStep.APPRAISAL;
			case ACHIEVEMENT -> FilingStep.ACHIEVEMENTS;
		};
		applications.saveSelection(applicant.id(), id, version(id), step, kind, Set.copyOf(ids), ids);
	}

}

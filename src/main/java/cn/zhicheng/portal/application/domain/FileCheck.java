package cn.zhicheng.portal.application.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.account.FileRoute;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationFile.CurrentTitle;
import cn.zhicheng.portal.application.ApplicationFile.Declaration;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.Readiness;
import cn.zhicheng.portal.application.Readiness.Problem;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.Eligibility;
import cn.zhicheng.portal.eligibility.EligibilityRequest;
import cn.zhicheng.portal.eligibility.EligibilityResult;
import cn.zhicheng.portal.eligibility.EducationLevel;
import cn.zhicheng.portal.eligibility.Evidence;
import cn.zhicheng.portal.eligibility.EvidenceFindings;
import cn.zhicheng.portal.eligibility.Level;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Everything that must hold before a file goes to the unit (issue #5 parts 2, 4 and 7), in one place: the steps that
 * must be complete, a reachable unit, a committee whose window is open, and — for the normal route — the eligibility
 * engine's verdict with continuing education and appraisals. 破格 passes the 学历/年限 test only with two expert
 * recommenders (DOMAIN.md §2.5); achievements outside the materials window are warnings: they simply do not count.
 */
@Component
class FileCheck {

	private final Persons persons;

	private final CommitteeDirectory committees;

	private final Eligibility eligibility;

	private final AttachmentCounts attachments;

	private final Clock clock;

	FileCheck(Persons persons, CommitteeDirectory committees, Eligibility eligibility, AttachmentCounts attachments,
			Clock clock) {
		this.persons = persons;
		this.committees = committees;
		this.eligibility = eligibility;
		this.attachments = attachments;
		this.clock = clock;
	}

	Readiness check(ApplicationFile file) {
		List<Problem> problems = new ArrayList<>();
		List<Problem> warnings = new ArrayList<>();
		unit(file, problems);
		ApplicationType type = file.header().type();
		if (type == ApplicationType.CERTIFICATE_REISSUE) {
			reissue(file, problems);
			return new Readiness(problems, warnings, null, null);
		}
		personal(file, problems);
		if (file.educations().isEmpty()) {
			problems.add(new Problem(FilingStep.EDUCATION, "application.problem.no-education", null));
		}
		declaration(file, problems);
		EligibilityResult result = null;
		EvidenceFindings findings = null;
		if (type != ApplicationType.COMMISSIONED_EVALUATION) {
			EligibilityRequest request = request(file);
			if (request != null) {
				result = eligibility.assess(request);
				boolean exceptional = file.declaration().route() == Route.EXCEPTIONAL;
				if (!result.eligible() && !(exceptional && result.route() == Route.EXCEPTIONAL)) {
					result.reasons()
						.forEach(reason -> problems
							.add(new Problem(FilingStep.DECLARATION, "application.problem.eligibility", reason)));
				}
				if (type == ApplicationType.EVALUATION) {
					findings = eligibility.checkEvidence(result, evidence(file));
					findings.trainingProblems()
						.forEach(p -> problems.add(new Problem(FilingStep.TRAINING, "application.problem.evidence", p)));
					findings.appraisalProblems()
						.forEach(p -> problems.add(new Problem(FilingStep.APPRAISAL, "application.problem.evidence", p)));
					findings.warnings()
						.forEach(w -> warnings.add(new Problem(FilingStep.ACHIEVEMENTS, "application.problem.evidence", w)));
				}
			}
		}
		return new Readiness(problems, warnings, result, findings);
	}

	private void unit(ApplicationFile file, List<Problem> problems) {
		if (file.unit() == null) {
			problems.add(new Problem(FilingStep.UNIT, "application.problem.no-unit", null));
			return;
		}
		FileRoute route = persons.routeFrom(file.unit().id()).orElse(null);
		if (route == null || !route.reachable()) {
			problems.add(new Problem(FilingStep.UNIT, "application.problem.unit-unreachable", file.unit().name()));
		}
	}

	private void reissue(ApplicationFile file, List<Problem> problems) {
		var reissue = file.reissue();
		if (reissue == null || blank(reissue.certificateNo()) || reissue.reason() == null) {
			problems.add(new Problem(FilingStep.REISSUE, "application.problem.reissue-incomplete", null));
		}
		if (attachments.in(file.header().id(), "REISSUE") == 0) {
			problems.add(new Problem(FilingStep.REISSUE, "application.problem.reissue-evidence", null));
		}
	}

	private void personal(ApplicationFile file, List<Problem> problems) {
		if (!file.applicant().hasPhoto()) {
			problems.add(new Problem(FilingStep.PERSONAL, "application.problem.no-photo", null));
		}
		if (file.personal().workStartedOn() == null) {
			problems.add(new Problem(FilingStep.PERSONAL, "application.problem.no-work-start", null));
		}
		CurrentTitle title = file.personal().title();
		if (title != null && (title.obtainedBy() == null || title.obtainedOn() == null || blank(title.name())
				|| (title.obtainedBy() == ObtainedBy.EVALUATION && title.evaluationYear() == null))) {
			problems.add(new Problem(FilingStep.PERSONAL, "application.problem.title-incomplete", null));
		}
	}

	private void declaration(ApplicationFile file, List<Problem> problems) {
		Declaration d = file.declaration();
		if (d.specialtyId() == null || d.targetLevel() == null) {
			problems.add(new Problem(FilingStep.DECLARATION, "application.problem.declaration-incomplete", null));
			return;
		}
		ApplicationType type = file.header().type();
		if (type == ApplicationType.EVALUATION) {
			LocalDate today = LocalDate.now(clock);
			boolean open = d.committeeId() != null && committees
				.openFor(d.specialtyId(), d.targetLevel(), file.header().reviewYear(), today)
				.stream()
				.anyMatch(c -> c.id() == d.committeeId());
			if (!open) {
				problems.add(new Problem(FilingStep.DECLARATION, "application.problem.committee-closed", null));
			}
		}
		if (type == ApplicationType.COMMISSIONED_EVALUATION && (file.commission() == null
				|| blank(file.commission().province()) || blank(file.commission().committeeName()))) {
			problems.add(new Problem(FilingStep.DECLARATION, "application.problem.commission-incomplete", null));
		}
		if (d.route() == Route.EXCEPTIONAL && d.recommenders().stream()
			.filter(r -> !blank(r.name()) && !blank(r.title()) && !blank(r.unit()))
			.count() < 2) {
			problems.add(new Problem(FilingStep.DECLARATION, "application.problem.recommenders", null));
		}
		if (d.route() == Route.EXCEPTIONAL && attachments.in(file.header().id(), "DECLARATION") == 0) {
			problems.add(new Problem(FilingStep.DECLARATION, "application.problem.recommendation-letters", null));
		}
	}

	/** The engine's question for this file; null while the data it needs is missing (reported above). */
	private @Nullable EligibilityRequest request(ApplicationFile file) {
		EducationEntry highest = file.highestEducation();
		TitleLevel target = file.declaration().targetLevel();
		LocalDate workStart = file.personal().workStartedOn();
		if (highest == null || target == null || workStart == null) {
			return null;
		}
		EducationLevel level = EducationMapping.of(highest.degreeLevel());
		if (level == null) {
			return null;
		}
		CurrentTitle title = file.personal().title();
		EligibilityRequest.CurrentTitle current = title == null || title.level() == null ? null
				: new EligibilityRequest.CurrentTitle(level(title.level()), title.obtainedBy(), title.obtainedOn(),
						title.evaluationYear());
		boolean evaluation = file.header().type() == ApplicationType.EVALUATION;
		return new EligibilityRequest(
				evaluation ? cn.zhicheng.portal.eligibility.ApplicationType.EVALUATION
						: cn.zhicheng.portal.eligibility.ApplicationType.INITIAL_RECOGNITION,
				null, level(target), evaluation ? file.header().reviewYear() : null,
				evaluation ? null : LocalDate.now(clock),
				new EligibilityRequest.Education(level, highest.fullTime(), highest.graduatedOn(), false), workStart,
				current);
	}

	static Level level(TitleLevel level) {
		return Level.values()[level.ordinal()];
	}

	private static Evidence evidence(ApplicationFile file) {
		return new Evidence(
				file.trainings().stream().map(r -> r.entry())
					.map(t -> new Evidence.TrainingYear(t.year(), t.publicHours(), t.professionalHours(),
							t.electiveHours()))
					.toList(),
				file.appraisals().stream().map(r -> r.entry())
					.map(a -> new Evidence.AppraisalYear(a.year(),
							a.result() == AppraisalResult.EXCELLENT || a.result() == AppraisalResult.PASS))
					.toList(),
				file.achievementsSinceTitle().stream()
					.map(r -> new Evidence.DatedAchievement(r.id(), r.entry().title(), r.entry().happenedOn()))
					.toList());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}

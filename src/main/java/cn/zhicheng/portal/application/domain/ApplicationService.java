package cn.zhicheng.portal.application.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.portal.account.FileRoute;
import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ActiveApplicationExistsException;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationSummary;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.Applications;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.HistoryEntry;
import cn.zhicheng.portal.application.Readiness;
import cn.zhicheng.portal.application.ReissueReason;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowActor;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's use cases: start an application, save each step, submit, withdraw, resubmit, abandon. Every load
 * is scoped to the applicant in SQL; every change of status goes through {@link Application#apply}.
 */
@Service
@Transactional
public class ApplicationService implements Applications {

	/**
	 * States in which an application no longer blocks a new one of the same type and year: the terminal ones of the
	 * workflow table (the partial unique index application_one_active_uk lists the same states).
	 */
	static final Set<ApplicationStatus> FINISHED = EnumSet.copyOf(java.util.Arrays.stream(ApplicationStatus.values())
		.filter(ApplicationStatus::terminal)
		.toList());

	private final ApplicationRepository applications;

	private final ApplicationQueries queries;

	private final RecordSelection selection;

	private final FileAssembler assembler;

	private final FileCheck check;

	private final PersonalRecords records;

	private final Persons persons;

	private final ApplicationPolicy policy;

	private final FrozenFiles frozenFiles;

	private final FileJurisdiction jurisdiction;

	private final ReviewService reviews;

	private final Clock clock;

	ApplicationService(ApplicationRepository applications, ApplicationQueries queries, RecordSelection selection,
			FileAssembler assembler, FileCheck check, PersonalRecords records, Persons persons,
			ApplicationPolicy policy, FrozenFiles frozenFiles, FileJurisdiction jurisdiction, ReviewService reviews,
			Clock clock) {
		this.jurisdiction = jurisdiction;
		this.reviews = reviews;
		this.applications = applications;
		this.queries = queries;
		this.selection = selection;
		this.assembler = assembler;
		this.check = check;
		this.records = records;
		this.persons = persons;
		this.policy = policy;
		this.frozenFiles = frozenFiles;
		this.clock = clock;
	}

	/**
	 * Starts an application of the type for the 评审年度, with the applicant's current HR unit filled in.
	 * @throws ActiveApplicationExistsException when one of that type and year is still active
	 */
	public long start(PortalUser applicant, ApplicationType type, int reviewYear) {
		// Two tabs or a double click start at once: the second waits here until the first has committed, then finds
		// it. (Letting the partial unique index refuse the second left its persistence context unusable: a 500.)
		queries.lockStarts(applicant.id());
		Optional<Long> existing = applications.findActive(applicant.id(), type, reviewYear, FINISHED);
		if (existing.isPresent()) {
			throw new ActiveApplicationExistsException(existing.get());
		}
		String number = policy.number(reviewYear, applications.nextNumber());
		Application app = new Application(number, applicant.id(), type, reviewYear, clock.instant());
		persons.find(applicant.id()).map(PersonView::unitId).ifPresent(app::chooseUnit);
		return applications.saveAndFlush(app).id();
	}

	@Transactional(readOnly = true)
	public List<ApplicationSummary> mine(long applicantId) {
		return queries.mine(applicantId, policy.listLimit());
	}

	@Transactional(readOnly = true)
	public Application load(long applicantId, long id) {
		return applications.findByIdAndApplicantId(id, applicantId)
			.orElseThrow(() -> new ApplicationNotFoundException(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationFile> fileOf(long applicantId, long applicationId) {
		return applications.findByIdAndApplicantId(applicationId, applicantId).map(this::file);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationFile> fileForUnit(PortalUser officer, long applicationId) {
		return reviews.find(officer, applicationId).map(this::file);
	}

	/** The live file while the applicant may edit it; the frozen copy once it is with a reviewer. */
	public ApplicationFile file(Application app) {
		if (app.status().editableByApplicant() || app.snapshot() == null) {
			return assembler.assemble(app);
		}
		ApplicationFile frozen = frozenFiles.thaw(app.snapshot());
		// The status and dates move on after the snapshot; the header is always current.
		return new ApplicationFile(new ApplicationFile.Header(app.id(), app.number(), app.type(), app.reviewYear(),
				app.status(), app.submittedAt(), app.createdAt()), frozen.applicant(), frozen.unit(),
				frozen.personal(), frozen.educations(), frozen.works(), frozen.trainings(), frozen.achievements(),
				frozen.appraisals(), frozen.declaration(), frozen.reissue(), frozen.commission());
	}

	@Transactional(readOnly = true)
	public Readiness readiness(long applicantId, long id) {
		return check.check(file(load(applicantId, id)));
	}

	/** The check as it would be with these 申报信息, for the declaration page's live result; nothing is saved. */
	@Transactional(readOnly = true)
	public Readiness readiness(long applicantId, long id, DeclarationAnswers answers) {
		return check.check(assembler.assemble(load(applicantId, id), answers));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long applicantId, long applicationId) {
		load(applicantId, applicationId);
		return queries.history(applicationId);
	}

	@Transactional(readOnly = true)
	public Set<Long> chosen(long applicantId, long id, RecordKind kind) {
		load(applicantId, id);
		return selection.chosen(id, kind);
	}

	/** The HR unit is the applicant's own (人事管理单位); changing it is a unit change request, not a form answer. */
	public void chooseUnit(PortalUser applicant, long id, long version) {
		Application app = editable(applicant.id(), id, version);
		Long unitId = persons.find(applicant.id()).map(PersonView::unitId).orElse(null);
		if (unitId == null) {
			throw new WorkflowRefusedException("application.problem.no-unit");
		}
		FileRoute route = persons.routeFrom(unitId).orElse(null);
		if (route == null || !route.reachable()) {
			throw new WorkflowRefusedException("application.problem.unit-unreachable");
		}
		app.chooseUnit(unitId);
		app.touch(FilingStep.UNIT, clock.instant());
	}

	public void savePersonal(long applicantId, long id, long version, PersonalAnswers answers) {
		Application app = editable(applicantId, id, version);
		app.personal(answers);
		app.touch(FilingStep.PERSONAL, clock.instant());
	}

	/**
	 * Replaces the choice among the records a page showed. Ids that are not the applicant's own records are
	 * ignored, so a crafted form cannot pull in someone else's record.
	 */
	public void saveSelection(long applicantId, long id, long version, FilingStep step, RecordKind kind,
			Collection<Long> shown, Collection<Long> chosen) {
		Application app = editable(applicantId, id, version);
		List<Long> own = chosen.stream()
			.filter(shown::contains)
			.filter(recordId -> records.find(applicantId, kind, recordId).isPresent())
			.toList();
		selection.replace(id, kind, shown, own);
		app.touch(step, clock.instant());
	}

	public void saveSummary(long applicantId, long id, long version, FilingStep step, @Nullable String summary) {
		Application app = editable(applicantId, id, version);
		if (step == FilingStep.BEFORE) {
			app.beforeSummary(summary);
		}
		else {
			app.workSummary(summary);
		}
		app.touch(step, clock.instant());
	}

	public void saveDeclaration(long applicantId, long id, long version, DeclarationAnswers answers) {
		Application app = editable(applicantId, id, version);
		app.declaration(answers);
		app.touch(FilingStep.DECLARATION, clock.instant());
	}

	public void saveReissue(long applicantId, long id, long version, @Nullable String certificateNo,
			@Nullable ReissueReason reason, @Nullable String details) {
		Application app = editable(applicantId, id, version);
		app.reissue(certificateNo, reason, details);
		app.touch(FilingStep.REISSUE, clock.instant());
	}

	/** Marks an optional step done without answers (提示7: skip what does not apply). */
	public void skip(long applicantId, long id, long version, FilingStep step) {
		if (!step.optional()) {
			throw new WorkflowRefusedException("application.refused.not-optional");
		}
		editable(applicantId, id, version).touch(step, clock.instant());
	}

	/**
	 * Sends the file to the unit: the check must pass, the file is frozen as sent, and the workflow moves it on
	 * (a first submit, or a resubmit after a withdrawal or return).
	 * @return the problems that stopped it; empty when it was sent
	 */
	public Readiness submit(PortalUser applicant, long id, long version) {
		Application app = editable(applicant.id(), id, version);
		ApplicationFile file = assembler.assemble(app);
		Readiness readiness = check.check(file);
		if (!readiness.ready()) {
			return readiness;
		}
		app.freeze(frozenFiles.freeze(file));
		jurisdiction.route(app);
		WorkflowAction action = app.status() == ApplicationStatus.DRAFT ? WorkflowAction.SUBMIT
				: WorkflowAction.RESUBMIT;
		app.apply(action, WorkflowActor.of(applicant), null, clock.instant());
		applications.save(app);
		return readiness;
	}

	/**
	 * The applicant's own actions other than submitting: 撤回 and 放弃. Reviewers' actions go through
	 * {@link ReviewService}, which also checks their jurisdiction in SQL.
	 */
	@Override
	public void apply(long applicationId, WorkflowAction action, PortalUser actor, @Nullable String reason) {
		if (actor.role() != cn.zhicheng.portal.account.Role.APPLICANT) {
			reviews.decide(actor, applicationId, null, action, reason);
			return;
		}
		Application app = load(actor.id(), applicationId);
		if (action == WorkflowAction.SUBMIT || action == WorkflowAction.RESUBMIT) {
			// Submitting freezes and checks the file; it has its own use case.
			throw new WorkflowRefusedException("application.refused.state");
		}
		app.apply(action, WorkflowActor.of(actor), reason, clock.instant());
		applications.save(app);
	}

	private Application editable(long applicantId, long id, long version) {
		Application app = load(applicantId, id);
		app.ensureEditable();
		app.checkVersion(version);
		return app;
	}

}

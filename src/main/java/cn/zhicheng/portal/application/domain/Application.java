package cn.zhicheng.portal.application.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationReturned;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationSubmitted;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.ApplicationWithdrawn;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.ReissueReason;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 业务申请: one applicant's application of one business type for one 评审年度. Its status changes only through
 * {@link #apply}, which checks the {@link Workflow} table, the actor's role and jurisdiction, appends a history row
 * and registers the event; the answers of the wizard change only while the applicant may edit the file.
 */
@Entity
public class Application extends AbstractAggregateRoot<Application> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private long applicantId;

	@Enumerated(EnumType.STRING)
	private ApplicationType type;

	private int reviewYear;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private @Nullable Long unitId;

	private @Nullable LocalDate workStartedOn;

	private @Nullable String currentSpecialty;

	private @Nullable String administrativePost;

	private @Nullable String titleName;

	@Enumerated(EnumType.STRING)
	private @Nullable TitleLevel titleLevel;

	@Enumerated(EnumType.STRING)
	private @Nullable ObtainedBy titleObtainedBy;

	private @Nullable LocalDate titleObtainedOn;

	private @Nullable Integer titleEvaluationYear;

	private @Nullable String titleCertificateNo;

	private @Nullable String titleAuthority;

	private @Nullable String beforeSummary;

	private @Nullable String workSummary;

	private @Nullable Long seriesId;

	private @Nullable Long specialtyId;

	@Enumerated(EnumType.STRING)
	private @Nullable TitleLevel targetLevel;

	private @Nullable Long committeeId;

	@Enumerated(EnumType.STRING)
	private Route route = Route.NORMAL;

	private @Nullable String recommender1Name;

	private @Nullable String recommender1Title;

	private @Nullable String recommender1Unit;

	private @Nullable String recommender2Name;

	private @Nullable String recommender2Title;

	private @Nullable String recommender2Unit;

	private @Nullable String reissueCertificateNo;

	@Enumerated(EnumType.STRING)
	private @Nullable ReissueReason reissueReason;

	private @Nullable String reissueDetails;

	private @Nullable String commissionProvince;

	private @Nullable String commissionCommittee;

	private @Nullable String commissionReason;

	private String completedSteps = "";

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private @Nullable String snapshot;

	private @Nullable Instant submittedAt;

	private Instant statusChangedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "application", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@OrderBy("id")
	private List<HistoryRow> history = new ArrayList<>();

	protected Application() {
	}

	Application(String number, long applicantId, ApplicationType type, int reviewYear, Instant now) {
		this.number = number;
		this.applicantId = applicantId;
		this.type = type;
		this.reviewYear = reviewYear;
		this.status = ApplicationStatus.DRAFT;
		this.statusChangedAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * The only way a status changes: the table must have the action from the current status for the actor's role,
	 * the actor must hold the file (its applicant, or an officer of its unit), and a reason must be given where the
	 * table asks for one.
	 */
	void apply(WorkflowAction action, PortalUser actor, @Nullable String reason, Instant now) {
		Workflow.Transition transition = Workflow.find(action, status)
			.orElseThrow(() -> new WorkflowRefusedException("application.refused.state"));
		if (transition.role() != actor.role()) {
			throw new WorkflowRefusedException("application.refused.role");
		}
		if (!holds(actor)) {
			throw new WorkflowRefusedException("application.refused.jurisdiction");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (transition.reasonRequired() && why == null) {
			throw new WorkflowRefusedException("application.refused.reason-required");
		}
		ApplicationStatus from = status;
		status = transition.to();
		statusChangedAt = now;
		updatedAt = now;
		if (action == WorkflowAction.SUBMIT || action == WorkflowAction.RESUBMIT) {
			submittedAt = now;
		}
		history.add(new HistoryRow(this, action, actor, from, status, why, now));
		registerEventFor(action, why);
	}

	private boolean holds(PortalUser actor) {
		return switch (actor.role()) {
			case APPLICANT -> actor.id() == applicantId;
			case UNIT_HR -> actor.unitId() != null && Objects.equals(actor.unitId(), unitId);
			default -> false;
		};
	}

	private void registerEventFor(WorkflowAction action, @Nullable String reason) {
		switch (action) {
			case SUBMIT, RESUBMIT -> registerEvent(new ApplicationSubmitted(id, number, applicantId,
					Objects.requireNonNull(unitId), action == WorkflowAction.RESUBMIT));
			case WITHDRAW -> registerEvent(new ApplicationWithdrawn(id, number, applicantId,
					Objects.requireNonNull(unitId)));
			case RETURN_TO_APPLICANT -> registerEvent(
					new ApplicationReturned(id, number, applicantId, Objects.requireNonNull(reason)));
			case ABANDON -> {
			}
		}
	}

	/** Refuses any change of the answers once the file is with a reviewer. */
	void ensureEditable() {
		if (!status.editableByApplicant()) {
			throw new WorkflowRefusedException("application.refused.not-editable");
		}
	}

	void touch(FilingStep step, Instant now) {
		ensureEditable();
		Set<String> done = completedSteps();
		done.add(step.name());
		completedSteps = String.join(",", done);
		updatedAt = now;
	}

	public Set<String> completedSteps() {
		return Arrays.stream(completedSteps.split(","))
			.filter(s -> !s.isBlank())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	void chooseUnit(long unitId) {
		ensureEditable();
		this.unitId = unitId;
	}

	void personal(PersonalAnswers answers) {
		ensureEditable();
		this.workStartedOn = answers.workStartedOn();
		this.currentSpecialty = answers.currentSpecialty();
		this.administrativePost = answers.administrativePost();
		this.titleName = answers.titleName();
		this.titleLevel = answers.titleLevel();
		this.titleObtainedBy = answers.titleObtainedBy();
		this.titleObtainedOn = answers.titleObtainedOn();
		this.titleEvaluationYear = answers.titleEvaluationYear();
		this.titleCertificateNo = answers.titleCertificateNo();
		this.titleAuthority = answers.titleAuthority();
	}

	void beforeSummary(@Nullable String summary) {
		ensureEditable();
		this.beforeSummary = summary;
	}

	void workSummary(@Nullable String summary) {
		ensureEditable();
		this.workSummary = summary;
	}

	void declaration(DeclarationAnswers answers) {
		ensureEditable();
		this.seriesId = answers.seriesId();
		this.specialtyId = answers.specialtyId();
		this.targetLevel = answers.targetLevel();
		this.committeeId = answers.committeeId();
		this.route = answers.route();
		this.recommender1Name = answers.recommender1Name();
		this.recommender1Title = answers.recommender1Title();
		this.recommender1Unit = answers.recommender1Unit();
		this.recommender2Name = answers.recommender2Name();
		this.recommender2Title = answers.recommender2Title();
		this.recommender2Unit = answers.recommender2Unit();
		this.commissionProvince = answers.commissionProvince();
		this.commissionCommittee = answers.commissionCommittee();
		this.commissionReason = answers.commissionReason();
	}

	void reissue(@Nullable String certificateNo, @Nullable ReissueReason reason, @Nullable String details) {
		ensureEditable();
		this.reissueCertificateNo = certificateNo;
		this.reissueReason = reason;
		this.reissueDetails = details;
	}

	void freeze(String snapshotJson) {
		this.snapshot = snapshotJson;
	}

	void checkVersion(long expected) {
		if (expected != version) {
			throw new cn.zhicheng.portal.application.StaleApplicationException();
		}
	}

	public long id() {
		return id;
	}

	public String number() {
		return number;
	}

	public long applicantId() {
		return applicantId;
	}

	public ApplicationType type() {
		return type;
	}

	public int reviewYear() {
		return reviewYear;
	}

	public ApplicationStatus status() {
		return status;
	}

	public @Nullable Long unitId() {
		return unitId;
	}

	public long version() {
		return version;
	}

	public @Nullable String snapshot() {
		return snapshot;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public PersonalAnswers personalAnswers() {
		return new PersonalAnswers(workStartedOn, currentSpecialty, administrativePost, titleName, titleLevel,
				titleObtainedBy, titleObtainedOn, titleEvaluationYear, titleCertificateNo, titleAuthority);
	}

	public DeclarationAnswers declarationAnswers() {
		return new DeclarationAnswers(seriesId, specialtyId, targetLevel, committeeId, route, recommender1Name,
				recommender1Title, recommender1Unit, recommender2Name, recommender2Title, recommender2Unit,
				commissionProvince, commissionCommittee, commissionReason);
	}

	public @Nullable String beforeSummary() {
		return beforeSummary;
	}

	public @Nullable String workSummary() {
		return workSummary;
	}

	public @Nullable String reissueCertificateNo() {
		return reissueCertificateNo;
	}

	public @Nullable ReissueReason reissueReason() {
		return reissueReason;
	}

	public @Nullable String reissueDetails() {
		return reissueDetails;
	}

	List<HistoryRow> history() {
		return history;
	}

}

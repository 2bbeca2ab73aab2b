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

import cn.zhicheng.portal.application.ApplicationReturned;
import cn.zhicheng.portal.application.ApplicationStatusChanged;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationSubmitted;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.ApplicationWithdrawn;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.ReissueReason;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowActor;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	/** 个人信息 beyond the account; null while nothing of it was saved (Hibernate reads an all-null embeddable as null). */
	@Embedded
	private @Nullable PersonalAnswers personal;

	private @Nullable String beforeSummary;

	private @Nullable String workSummary;

	@Embedded
	private @Nullable DeclarationAnswers declaration = DeclarationAnswers.NONE;

	private @Nullable String reissueCertificateNo;

	@Enumerated(EnumType.STRING)
	private @Nullable ReissueReason reissueReason;

	private @Nullable String reissueDetails;

	private String completedSteps = "";

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private @Nullable String snapshot;

	private @Nullable Instant submittedAt;

	private @Nullable String applicantName;

	private @Nullable Long countyId;

	private @Nullable Long cityId;

	private @Nullable LocalDate committeeDeadline;

	private @Nullable LocalDate noticeStartsOn;

	private @Nullable LocalDate noticeEndsOn;

	private @Nullable Instant paperReceivedAt;

	private @Nullable Long paperReceivedBy;

	private @Nullable Long claimedBy;

	private @Nullable Instant claimedAt;

	private @Nullable LocalDate amendmentDueOn;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private @Nullable String returnedSnapshot;

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
	 * The only way a status changes: the table must have the action from the current status for the actor's party,
	 * the actor must hold the file (its applicant, or a reviewer whose unit, county or city it is in), and a reason
	 * must be given where the table asks for one. Returns the row applied, so the caller can do what it implies.
	 */
	Workflow.Transition apply(WorkflowAction action, WorkflowActor actor, @Nullable String reason, Instant now) {
		Workflow.Transition transition = Workflow.find(action, status, type)
			.orElseThrow(() -> new WorkflowRefusedException("application.refused.state"));
		if (transition.party() != actor.party()) {
			throw new WorkflowRefusedException("application.refused.role");
		}
		if (!holds(actor)) {
			throw new WorkflowRefusedException("application.refused.jurisdiction");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (transition.reasonRequired() && why == null) {
			throw new WorkflowRefusedException("application.refused.reason-required");
		}
		if (why != null && why.codePointCount(0, why.length()) > HistoryRow.MAX_REASON) {
			// A reviewer's free text longer than the history keeps is refused with a message, never a failed insert.
			throw new WorkflowRefusedException("application.refused.reason-too-long",
					String.valueOf(HistoryRow.MAX_REASON));
		}
		ApplicationStatus from = status;
		status = transition.to();
		statusChangedAt = now;
		updatedAt = now;
		claimedBy = null;
		claimedAt = null;
		switch (action) {
			case SUBMIT, RESUBMIT -> {
				submittedAt = now;
				amendmentDueOn = null;
			}
			case RETURN_TO_APPLICANT -> returnedSnapshot = snapshot;
			case EXPIRE_AMENDMENT, WITHDRAW -> amendmentDueOn = null;
			default -> {
			}
		}
		history.add(new HistoryRow(this, action, actor, from, status, why, now));
		registerEvent(new ApplicationStatusChanged(id, number, applicantId, unitId, action, from, status, why, actor));
		registerEventFor(action, why);
		return transition;
	}

	private boolean holds(WorkflowActor actor) {
		return switch (actor.party()) {
			case APPLICANT -> Objects.equals(actor.accountId(), applicantId);
			case UNIT_HR -> actor.unitId() != null && Objects.equals(actor.unitId(), unitId);
			case COUNTY_REVIEWER -> actor.regionId() != null && Objects.equals(actor.regionId(), countyId);
			case CITY_REVIEWER -> actor.regionId() != null && Objects.equals(actor.regionId(), cityId);
			case PUBLIC, SYSTEM -> true;
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
			default -> {
			}
		}
	}

	/** Where the file's reviewers are, copied at each submission so every queue is one indexed range. */
	void route(String applicantName, @Nullable Long countyId, @Nullable Long cityId,
			@Nullable LocalDate committeeDeadline) {
		this.applicantName = applicantName;
		this.countyId = countyId;
		this.cityId = cityId;
		this.committeeDeadline = committeeDeadline;
	}

	void notice(LocalDate startsOn, LocalDate endsOn) {
		this.noticeStartsOn = startsOn;
		this.noticeEndsOn = endsOn;
	}

	void paperReceived(long officerId, Instant now) {
		this.paperReceivedAt = now;
		this.paperReceivedBy = officerId;
	}

	/** A reviewer takes the file so that nobody else works it at the same time; taken again by the same is fine. */
	void claim(long reviewerId, Instant now) {
		if (claimedBy != null && claimedBy != reviewerId) {
			throw new WorkflowRefusedException("application.refused.claimed");
		}
		this.claimedBy = reviewerId;
		this.claimedAt = now;
	}

	/** Refuses a reviewer's decision while another reviewer holds the claim. */
	void ensureNotClaimedByOther(@Nullable Long reviewerId) {
		if (claimedBy != null && !claimedBy.equals(reviewerId)) {
			throw new WorkflowRefusedException("application.refused.claimed");
		}
	}

	void amendBy(@Nullable LocalDate dueOn) {
		this.amendmentDueOn = dueOn;
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
		this.personal = answers;
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
		this.declaration = answers;
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
		return personal == null ? PersonalAnswers.NONE : personal;
	}

	public DeclarationAnswers declarationAnswers() {
		return declaration == null ? DeclarationAnswers.NONE : declaration;
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

	public @Nullable String applicantName() {
		return applicantName;
	}

	public @Nullable Long countyId() {
		return countyId;
	}

	public @Nullable Long cityId() {
		return cityId;
	}

	public @Nullable LocalDate committeeDeadline() {
		return committeeDeadline;
	}

	public @Nullable LocalDate noticeStartsOn() {
		return noticeStartsOn;
	}

	public @Nullable LocalDate noticeEndsOn() {
		return noticeEndsOn;
	}

	public @Nullable Instant paperReceivedAt() {
		return paperReceivedAt;
	}

	public @Nullable Long claimedBy() {
		return claimedBy;
	}

	public @Nullable LocalDate amendmentDueOn() {
		return amendmentDueOn;
	}

	public @Nullable String returnedSnapshot() {
		return returnedSnapshot;
	}

	public Instant statusChangedAt() {
		return statusChangedAt;
	}

}

package cn.zhicheng.portal.application.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.StaleApplicationException;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowActor;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.calendar.PublicNoticePolicy;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;
import cn.zhicheng.portal.records.PersonalRecords;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' use cases (issue #6): every load is scoped in SQL to the reviewer's unit, county or city, so a file
 * outside it is answered exactly as a file that does not exist; every decision carries the version the reviewer
 * saw, so when two decide at once one wins and the other is told; a case that ends archives the applicant's
 * records (入库).
 */
@Service
@Transactional
public class ReviewService {

	private final ApplicationRepository applications;

	private final PersonalRecords records;

	private final WorkingCalendar calendar;

	private final PublicNoticePolicy notice;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewService(ApplicationRepository applications, PersonalRecords records, WorkingCalendar calendar,
			PublicNoticePolicy notice, JdbcClient jdbc, Clock clock) {
		this.applications = applications;
		this.records = records;
		this.calendar = calendar;
		this.notice = notice;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A submitted file in the reviewer's jurisdiction; drafts are nobody's but the applicant's. */
	@Transactional(readOnly = true)
	public Optional<Application> find(PortalUser reviewer, long id) {
		ApplicationStatus draft = ApplicationStatus.DRAFT;
		Long unit = reviewer.unitId();
		Long region = reviewer.regionId();
		return switch (reviewer.role()) {
			case UNIT_HR -> unit == null ? Optional.empty() : applications.findByIdAndUnitIdAndStatusNot(id, unit, draft);
			case COUNTY_REVIEWER -> region == null ? Optional.empty()
					: applications.findByIdAndCountyIdAndStatusNot(id, region, draft);
			case CITY_REVIEWER -> region == null ? Optional.empty()
					: applications.findByIdAndCityIdAndStatusNot(id, region, draft);
			default -> Optional.empty();
		};
	}

	public Application load(PortalUser reviewer, long id) {
		return find(reviewer, id).orElseThrow(() -> new ApplicationNotFoundException(id));
	}

	/**
	 * A decision without further data: 受理, 进入评审, 通过, 未通过, 不予受理 (with its reason), and forwarding
	 * ({@link #forward}). {@code version} is the one the reviewer saw; null skips the check (bulk actions re-read).
	 */
	public Workflow.Transition decide(PortalUser reviewer, long id, @Nullable Long version, WorkflowAction action,
			@Nullable String reason) {
		if (action == WorkflowAction.FORWARD_TO_CITY || action == WorkflowAction.FORWARD_TO_COUNTY) {
			return forward(reviewer, id, version);
		}
		if (action == WorkflowAction.RETURN_TO_APPLICANT) {
			throw new WorkflowRefusedException("application.refused.reason-required");
		}
		Application app = decidable(reviewer, id, version);
		return applyAndSave(app, action, reviewer, reason);
	}

	/**
	 * Sends the file on: from the unit to its county bureau (or the city for a 市直 unit) once the 评前公示 has run its
	 * working days — refused before with the date it can go; from the county to the city.
	 */
	public Workflow.Transition forward(PortalUser reviewer, long id, @Nullable Long version) {
		Application app = decidable(reviewer, id, version);
		if (app.status() == ApplicationStatus.IN_PUBLIC_NOTICE) {
			LocalDate ends = app.noticeEndsOn();
			LocalDate today = LocalDate.now(clock);
			if (ends == null || !today.isAfter(ends)) {
				throw new WorkflowRefusedException("review.refused.notice-running",
						ends == null ? null : ends.plusDays(1).toString());
			}
			return applyAndSave(app,
					app.countyId() != null ? WorkflowAction.FORWARD_TO_COUNTY : WorkflowAction.FORWARD_TO_CITY,
					reviewer, null);
		}
		return applyAndSave(app, WorkflowAction.FORWARD_TO_CITY, reviewer, null);
	}

	/**
	 * 退回 with structured reasons, each tied to a section; a city's return for 补正 carries a deadline in working
	 * days, after which an unanswered return is treated as withdrawn ({@link #expireAmendments}).
	 */
	public void returnToApplicant(PortalUser reviewer, long id, @Nullable Long version, List<ReturnReasonInput> reasons,
			@Nullable Integer amendmentWorkingDays) {
		List<ReturnReasonInput> given = reasons.stream().filter(r -> r.text() != null && !r.text().isBlank()).toList();
		if (given.isEmpty()) {
			throw new WorkflowRefusedException("application.refused.reason-required");
		}
		Application app = decidable(reviewer, id, version);
		String summary = historySummary(given);
		applyAndSave(app, WorkflowAction.RETURN_TO_APPLICANT, reviewer, summary);
		if (amendmentWorkingDays != null && amendmentWorkingDays > 0) {
			app.amendBy(workingDaysFrom(LocalDate.now(clock).plusDays(1), amendmentWorkingDays));
		}
		long historyId = app.history().getLast().id();
		for (ReturnReasonInput reason : given) {
			jdbc.sql("""
					insert into return_reason (application_id, history_id, section, text)
					values (:application, :history, :section, :text)""")
				.param("application", id)
				.param("history", historyId)
				.param("section", reason.section().name())
				.param("text", reason.text().strip())
				.update();
		}
	}

	/**
	 * The reasons joined for the history row and the notice. Five reasons of up to 500 characters may not fit the row,
	 * so a long summary is shortened there; each reason is kept whole in {@code return_reason}.
	 */
	static String historySummary(List<ReturnReasonInput> reasons) {
		String summary = String.join("；", reasons.stream().map(r -> r.text().strip()).toList());
		if (summary.codePointCount(0, summary.length()) <= HistoryRow.MAX_REASON) {
			return summary;
		}
		return summary.substring(0, summary.offsetByCodePoints(0, HistoryRow.MAX_REASON - 1)) + "…";
	}

	/** 评前公示: from the day the unit chooses (today or later), at least the configured working days. */
	public LocalDate startNotice(PortalUser officer, long id, @Nullable Long version, LocalDate startsOn) {
		if (startsOn.isBefore(LocalDate.now(clock))) {
			throw new WorkflowRefusedException("review.refused.notice-in-past");
		}
		LocalDate endsOn = workingDaysFrom(startsOn, notice.workingDays());
		Application app = decidable(officer, id, version);
		app.notice(startsOn, endsOn);
		applyAndSave(app, WorkflowAction.START_PUBLIC_NOTICE, officer, null);
		return endsOn;
	}

	/** An objection lodged by anyone during the notice holds the file until the unit resolves it. */
	public void holdForObjection(long id, String summary) {
		Application app = applications.findById(id).orElseThrow(() -> new ApplicationNotFoundException(id));
		app.apply(WorkflowAction.HOLD_FOR_OBJECTION, WorkflowActor.PUBLIC, summary, clock.instant());
		applications.save(app);
	}

	public void resolveObjection(PortalUser officer, long id, @Nullable Long version, String resolution) {
		applyAndSave(decidable(officer, id, version), WorkflowAction.RESOLVE_OBJECTION, officer, resolution);
	}

	/** A reviewer takes the file; refused while another reviewer holds it. Not a status change. */
	public void claim(PortalUser reviewer, long id) {
		Application app = load(reviewer, id);
		app.claim(reviewer.id(), clock.instant());
		applications.save(app);
	}

	/** 纸质材料已收到: recorded with who and when; not a status change. */
	public void paperReceived(PortalUser reviewer, long id) {
		Application app = load(reviewer, id);
		app.paperReceived(reviewer.id(), clock.instant());
		applications.save(app);
	}

	/**
	 * Accepts several files at once; each is decided on its own, and the ones refused (another reviewer's claim, a
	 * status that moved on) are listed rather than failing the rest.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public List<Long> bulkAccept(PortalUser reviewer, List<Long> ids, java.util.function.Consumer<Long> acceptOne) {
		List<Long> refused = new ArrayList<>();
		for (long id : ids) {
			try {
				acceptOne.accept(id);
			}
			catch (WorkflowRefusedException | ApplicationNotFoundException | StaleApplicationException
					| ObjectOptimisticLockingFailureException ex) {
				refused.add(id);
			}
		}
		return refused;
	}

	/** The scheduled job's work: returns not amended by their deadline are treated as withdrawn (视为放弃). */
	public int expireAmendments(LocalDate today) {
		int expired = 0;
		for (Application app : applications.findByStatusAndAmendmentDueOnBefore(ApplicationStatus.RETURNED, today)) {
			app.apply(WorkflowAction.EXPIRE_AMENDMENT, WorkflowActor.SYSTEM, "补正期限已过", clock.instant());
			applications.save(app);
			expired++;
		}
		return expired;
	}

	private Application decidable(PortalUser reviewer, long id, @Nullable Long version) {
		Application app = load(reviewer, id);
		// The claim first: "someone else is on it" says more than "the file changed".
		app.ensureNotClaimedByOther(reviewer.id());
		if (version != null) {
			app.checkVersion(version);
		}
		return app;
	}

	private Workflow.Transition applyAndSave(Application app, WorkflowAction action, PortalUser reviewer,
			@Nullable String reason) {
		Workflow.Transition transition = app.apply(action, WorkflowActor.of(reviewer), reason, clock.instant());
		applications.save(app);
		if (transition.concludesCase()) {
			// 入库 (issue #5 part 3): the case has ended, pass or fail; the records are reused, never edited again.
			records.archiveAll(app.applicantId());
		}
		return transition;
	}

	private LocalDate workingDaysFrom(LocalDate start, int days) {
		try {
			return calendar.nthWorkingDay(start, days);
		}
		catch (YearNotLoadedException notLoaded) {
			throw new WorkflowRefusedException("review.refused.calendar-not-loaded");
		}
	}

}

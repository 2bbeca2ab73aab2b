package cn.zhicheng.portal.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.zhicheng.portal.application.ApplicationStatus.ABANDONED;
import static cn.zhicheng.portal.application.ApplicationStatus.ACCEPTED;
import static cn.zhicheng.portal.application.ApplicationStatus.CITY_REVIEW;
import static cn.zhicheng.portal.application.ApplicationStatus.COUNTY_REVIEW;
import static cn.zhicheng.portal.application.ApplicationStatus.DRAFT;
import static cn.zhicheng.portal.application.ApplicationStatus.FAILED;
import static cn.zhicheng.portal.application.ApplicationStatus.HELD_BY_OBJECTION;
import static cn.zhicheng.portal.application.ApplicationStatus.IN_COMMITTEE_REVIEW;
import static cn.zhicheng.portal.application.ApplicationStatus.IN_PUBLIC_NOTICE;
import static cn.zhicheng.portal.application.ApplicationStatus.NOT_ACCEPTED;
import static cn.zhicheng.portal.application.ApplicationStatus.PASSED;
import static cn.zhicheng.portal.application.ApplicationStatus.RETURNED;
import static cn.zhicheng.portal.application.ApplicationStatus.SUBMITTED;
import static cn.zhicheng.portal.application.ApplicationStatus.WITHDRAWN;

/**
 * The workflow table (STYLE.md "The workflow"; issue #6 part 1): for each action and party, the states it may start
 * from, the state it leads to, whether it needs a reason and whether it ends the case. Nothing else changes an
 * application's status; the README's diagram is drawn from this table.
 * <ul>
 * <li>撤回 is the applicant's only while the unit has not acted: once the unit starts the notice or returns the
 * file, it is no longer {@code SUBMITTED}.</li>
 * <li>Every return (退回) and every 不予受理 carries its reasons; a resubmitted file starts again at the unit.</li>
 * <li>An objection lodged by anyone holds the file until the unit records its resolution (人社部令第40号 Art. 16,
 * DOMAIN.md §4.1).</li>
 * <li>A case ends with 不予受理, a pass or a fail: then the applicant's records are archived (入库, issue #5 part 3).</li>
 * </ul>
 */
public final class Workflow {

	/**
	 * One row: {@code action} by {@code party} from any of {@code from} to {@code to}, for the business types in
	 * {@code types} (all of them unless the row says otherwise).
	 */
	public record Transition(WorkflowAction action, Party party, Set<ApplicationStatus> from, ApplicationStatus to,
			boolean reasonRequired, boolean concludesCase, Set<ApplicationType> types) {

		boolean appliesTo(ApplicationType type) {
			return types.contains(type);
		}

		Transition only(ApplicationType... restricted) {
			return new Transition(action, party, from, to, reasonRequired, concludesCase,
					EnumSet.copyOf(Arrays.asList(restricted)));
		}

	}

	private static final ApplicationType EVALUATION = ApplicationType.EVALUATION;

	private static final ApplicationType RECOGNITION = ApplicationType.INITIAL_RECOGNITION;

	private static final ApplicationType REISSUE = ApplicationType.CERTIFICATE_REISSUE;

	private static final ApplicationType COMMISSION = ApplicationType.COMMISSIONED_EVALUATION;

	private static final List<Transition> TABLE = List.of(
			row(WorkflowAction.SUBMIT, Party.APPLICANT, SUBMITTED, false, false, DRAFT),
			row(WorkflowAction.WITHDRAW, Party.APPLICANT, WITHDRAWN, false, false, SUBMITTED),
			row(WorkflowAction.RESUBMIT, Party.APPLICANT, SUBMITTED, false, false, WITHDRAWN, RETURNED),
			row(WorkflowAction.ABANDON, Party.APPLICANT, ABANDONED, false, false, DRAFT, WITHDRAWN, RETURNED),
			row(WorkflowAction.RETURN_TO_APPLICANT, Party.UNIT_HR, RETURNED, true, false, SUBMITTED, IN_PUBLIC_NOTICE,
					HELD_BY_OBJECTION),
			row(WorkflowAction.START_PUBLIC_NOTICE, Party.UNIT_HR, IN_PUBLIC_NOTICE, false, false, SUBMITTED)
				.only(EVALUATION, RECOGNITION),
			// A reissue or a commission needs no 评前公示: the unit confirms it and sends it to the city bureau.
			row(WorkflowAction.CONFIRM_TO_CITY, Party.UNIT_HR, CITY_REVIEW, false, false, SUBMITTED).only(REISSUE,
					COMMISSION),
			row(WorkflowAction.HOLD_FOR_OBJECTION, Party.PUBLIC, HELD_BY_OBJECTION, true, false, IN_PUBLIC_NOTICE),
			row(WorkflowAction.RESOLVE_OBJECTION, Party.UNIT_HR, IN_PUBLIC_NOTICE, true, false, HELD_BY_OBJECTION),
			row(WorkflowAction.FORWARD_TO_COUNTY, Party.UNIT_HR, COUNTY_REVIEW, false, false, IN_PUBLIC_NOTICE),
			row(WorkflowAction.FORWARD_TO_CITY, Party.UNIT_HR, CITY_REVIEW, false, false, IN_PUBLIC_NOTICE),
			row(WorkflowAction.FORWARD_TO_CITY, Party.COUNTY_REVIEWER, CITY_REVIEW, false, false, COUNTY_REVIEW),
			row(WorkflowAction.RETURN_TO_APPLICANT, Party.COUNTY_REVIEWER, RETURNED, true, false, COUNTY_REVIEW),
			row(WorkflowAction.NOT_ACCEPT, Party.COUNTY_REVIEWER, NOT_ACCEPTED, true, true, COUNTY_REVIEW),
			row(WorkflowAction.RETURN_TO_APPLICANT, Party.CITY_REVIEWER, RETURNED, true, false, CITY_REVIEW),
			row(WorkflowAction.NOT_ACCEPT, Party.CITY_REVIEWER, NOT_ACCEPTED, true, true, CITY_REVIEW),
			row(WorkflowAction.ACCEPT, Party.CITY_REVIEWER, ACCEPTED, false, false, CITY_REVIEW).only(EVALUATION),
			row(WorkflowAction.START_COMMITTEE_REVIEW, Party.CITY_REVIEWER, IN_COMMITTEE_REVIEW, false, false,
					ACCEPTED).only(EVALUATION),
			// 初次考核认定 is granted by the city without a committee vote; a reissue is approved by the city bureau.
			row(WorkflowAction.APPROVE, Party.CITY_REVIEWER, PASSED, false, true, CITY_REVIEW).only(RECOGNITION,
					REISSUE),
			// 省外委托评审: the city bureau issues the commission letter; the other province's result is recorded.
			row(WorkflowAction.COMMISSION, Party.CITY_REVIEWER, IN_COMMITTEE_REVIEW, false, false, CITY_REVIEW)
				.only(COMMISSION),
			row(WorkflowAction.RECORD_PASS, Party.CITY_REVIEWER, PASSED, false, true, IN_COMMITTEE_REVIEW)
				.only(EVALUATION, COMMISSION),
			row(WorkflowAction.RECORD_FAIL, Party.CITY_REVIEWER, FAILED, false, true, IN_COMMITTEE_REVIEW)
				.only(EVALUATION, COMMISSION),
			row(WorkflowAction.EXPIRE_AMENDMENT, Party.SYSTEM, WITHDRAWN, true, false, RETURNED));

	private Workflow() {
	}

	public static List<Transition> table() {
		return TABLE;
	}

	/** The row for {@code action} when it may start from {@code status} for a file of {@code type}. */
	public static Optional<Transition> find(WorkflowAction action, ApplicationStatus status, ApplicationType type) {
		return TABLE.stream()
			.filter(t -> t.action() == action && t.from().contains(status) && t.appliesTo(type))
			.findFirst();
	}

	/** The row for {@code action} from {@code status} whatever the type: an action has one row per starting state. */
	public static Optional<Transition> find(WorkflowAction action, ApplicationStatus status) {
		return TABLE.stream().filter(t -> t.action() == action && t.from().contains(status)).findFirst();
	}

	/** The actions that may start from {@code status}, by any party. */
	public static List<Transition> actionsFrom(ApplicationStatus status) {
		return TABLE.stream().filter(t -> t.from().contains(status)).toList();
	}

	/** The actions {@code party} may take from {@code status} on a file of {@code type}. */
	public static List<WorkflowAction> actionsFor(Party party, ApplicationStatus status, ApplicationType type) {
		return TABLE.stream()
			.filter(t -> t.party() == party && t.from().contains(status) && t.appliesTo(type))
			.map(Transition::action)
			.toList();
	}

	/** The table as a Mermaid state diagram, one edge per action and starting state, for the README. */
	public static String mermaid() {
		StringBuilder out = new StringBuilder("stateDiagram-v2\n    [*] --> DRAFT\n");
		for (Transition t : TABLE) {
			t.from()
				.stream()
				.sorted()
				.forEach(from -> out.append("    %s --> %s: %s (%s%s)\n".formatted(from, t.to(), t.action(), t.party(),
						t.types().size() == ApplicationType.values().length ? ""
								: "; " + String.join(", ", t.types().stream().map(Enum::name).toList()))));
		}
		return out.toString();
	}

	private static Transition row(WorkflowAction action, Party party, ApplicationStatus to, boolean reasonRequired,
			boolean concludesCase, ApplicationStatus... from) {
		return new Transition(action, party, EnumSet.copyOf(Arrays.asList(from)), to, reasonRequired, concludesCase,
				EnumSet.allOf(ApplicationType.class));
	}

}

package cn.zhicheng.portal.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.portal.account.Role;

/**
 * The workflow table (STYLE.md "The workflow"): for each action, the role that may take it, the states it may start
 * from, the state it leads to and whether it needs a reason. Nothing else changes an application's status; the
 * README's diagram is drawn from this table.
 * <p>
 * 撤回 is the applicant's only while the unit has not acted (issue #5 part 7): once the unit moves the file on, the
 * file is no longer in {@link ApplicationStatus#SUBMITTED}. A return (退回) always carries its reasons (issue #6).
 */
public final class Workflow {

	/** One row: {@code action} by {@code role} from any of {@code from} to {@code to}. */
	public record Transition(WorkflowAction action, Role role, Set<ApplicationStatus> from, ApplicationStatus to,
			boolean reasonRequired) {
	}

	private static final List<Transition> TABLE = List.of(
			row(WorkflowAction.SUBMIT, Role.APPLICANT, ApplicationStatus.SUBMITTED, false, ApplicationStatus.DRAFT),
			row(WorkflowAction.WITHDRAW, Role.APPLICANT, ApplicationStatus.WITHDRAWN, false,
					ApplicationStatus.SUBMITTED),
			row(WorkflowAction.RESUBMIT, Role.APPLICANT, ApplicationStatus.SUBMITTED, false,
					ApplicationStatus.WITHDRAWN, ApplicationStatus.RETURNED),
			row(WorkflowAction.ABANDON, Role.APPLICANT, ApplicationStatus.ABANDONED, false, ApplicationStatus.DRAFT,
					ApplicationStatus.WITHDRAWN, ApplicationStatus.RETURNED),
			row(WorkflowAction.RETURN_TO_APPLICANT, Role.UNIT_HR, ApplicationStatus.RETURNED, true,
					ApplicationStatus.SUBMITTED));

	private Workflow() {
	}

	public static List<Transition> table() {
		return TABLE;
	}

	/** The row for {@code action} when it may start from {@code status}. */
	public static Optional<Transition> find(WorkflowAction action, ApplicationStatus status) {
		return TABLE.stream().filter(t -> t.action() == action && t.from().contains(status)).findFirst();
	}

	/** The actions that may start from {@code status}, by any role. */
	public static List<Transition> actionsFrom(ApplicationStatus status) {
		return TABLE.stream().filter(t -> t.from().contains(status)).toList();
	}

	/** The table as a Mermaid state diagram, one edge per action and starting state, for the README. */
	public static String mermaid() {
		StringBuilder out = new StringBuilder("stateDiagram-v2\n    [*] --> DRAFT\n");
		for (Transition t : TABLE) {
			t.from()
				.stream()
				.sorted()
				.forEach(from -> out.append("    %s --> %s: %s (%s)\n".formatted(from, t.to(), t.action(), t.role())));
		}
		return out.toString();
	}

	private static Transition row(WorkflowAction action, Role role, ApplicationStatus to, boolean reasonRequired,
			ApplicationStatus... from) {
		return new Transition(action, role, EnumSet.copyOf(Arrays.asList(from)), to, reasonRequired);
	}

}

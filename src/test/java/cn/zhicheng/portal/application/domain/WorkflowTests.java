package cn.zhicheng.portal.application.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action against every state, as every role: the table alone decides whether a status changes, the actor must
 * hold the file, a reason is required where the table says so, and each change leaves one history row.
 */
class WorkflowTests {

	private static final long APPLICANT = 7;

	private static final long UNIT = 42;

	static Stream<Arguments> everyActionInEveryStateByEveryRole() {
		return Arrays.stream(WorkflowAction.values())
			.flatMap(action -> Arrays.stream(ApplicationStatus.values())
				.flatMap(status -> Arrays.stream(Role.values()).map(role -> Arguments.of(action, status, role))));
	}

	@ParameterizedTest(name = "{0} from {1} by {2}")
	@MethodSource("everyActionInEveryStateByEveryRole")
	void onlyTheTableChangesAStatus(WorkflowAction action, ApplicationStatus status, Role role) {
		Application app = in(status);
		PortalUser actor = holder(role);
		Optional<Workflow.Transition> row = Workflow.find(action, status);
		if (row.isPresent() && row.get().role() == role) {
			app.apply(action, actor, "理由", Instant.EPOCH);
			assertThat(app.status()).isEqualTo(row.get().to());
			assertThat(app.history()).hasSize(1);
		}
		else {
			assertThatThrownBy(() -> app.apply(action, actor, "理由", Instant.EPOCH))
				.isInstanceOf(WorkflowRefusedException.class);
			assertThat(app.status()).isEqualTo(status);
			assertThat(app.history()).isEmpty();
		}
	}

	@Test
	void anOfficerOfAnotherUnitCannotReturnTheFile() {
		Application app = in(ApplicationStatus.SUBMITTED);
		PortalUser stranger = new PortalUser(99, "other-unit", "x", "他人", Role.UNIT_HR, UNIT + 1, null, true, true);
		assertThatThrownBy(() -> app.apply(WorkflowAction.RETURN_TO_APPLICANT, stranger, "材料不全", Instant.EPOCH))
			.isInstanceOf(WorkflowRefusedException.class)
			.hasMessage("application.refused.jurisdiction");
		assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void anotherApplicantCannotWithdrawTheFile() {
		Application app = in(ApplicationStatus.SUBMITTED);
		PortalUser other = new PortalUser(APPLICANT + 1, "other", "x", "他人", Role.APPLICANT, UNIT, null, true, true);
		assertThatThrownBy(() -> app.apply(WorkflowAction.WITHDRAW, other, null, Instant.EPOCH))
			.hasMessage("application.refused.jurisdiction");
	}

	@Test
	void aReturnWithoutAReasonIsRefused() {
		Application app = in(ApplicationStatus.SUBMITTED);
		assertThatThrownBy(() -> app.apply(WorkflowAction.RETURN_TO_APPLICANT, holder(Role.UNIT_HR), "  ",
				Instant.EPOCH))
			.hasMessage("application.refused.reason-required");
		app.apply(WorkflowAction.RETURN_TO_APPLICANT, holder(Role.UNIT_HR), " 缺少年度考核表 ", Instant.EPOCH);
		assertThat(app.status()).isEqualTo(ApplicationStatus.RETURNED);
	}

	@Test
	void theDiagramHasAnEdgeForEveryRowAndStartingState() {
		String diagram = Workflow.mermaid();
		Workflow.table()
			.forEach(t -> t.from()
				.forEach(from -> assertThat(diagram).contains(from + " --> " + t.to() + ": " + t.action())));
		assertThat(ApplicationStatus.ABANDONED.terminal()).isTrue();
		assertThat(ApplicationStatus.SUBMITTED.terminal()).isFalse();
	}

	private static Application in(ApplicationStatus status) {
		Application app = new Application("SB2026000001", APPLICANT, ApplicationType.EVALUATION, 2026, Instant.EPOCH);
		app.chooseUnit(UNIT);
		ReflectionTestUtils.setField(app, "id", 1L);
		ReflectionTestUtils.setField(app, "status", status);
		return app;
	}

	private static PortalUser holder(Role role) {
		return new PortalUser(role == Role.APPLICANT ? APPLICANT : 50, role.name(), "x", "办理人", role,
				role == Role.UNIT_HR ? UNIT : null, null, true, true);
	}

}

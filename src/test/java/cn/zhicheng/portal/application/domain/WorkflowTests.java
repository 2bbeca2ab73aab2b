package cn.zhicheng.portal.application.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowActor;
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

	private static final long COUNTY = 441802;

	private static final long CITY = 441800;

	static Stream<Arguments> everyActionInEveryStateByEveryRole() {
		return Arrays.stream(WorkflowAction.values())
			.flatMap(action -> Arrays.stream(ApplicationStatus.values())
				.flatMap(status -> Arrays.stream(Party.values())
					.flatMap(party -> Arrays.stream(ApplicationType.values())
						.map(type -> Arguments.of(action, status, party, type)))));
	}

	@ParameterizedTest(name = "{0} from {1} by {2} on {3}")
	@MethodSource("everyActionInEveryStateByEveryRole")
	void onlyTheTableChangesAStatus(WorkflowAction action, ApplicationStatus status, Party party,
			ApplicationType type) {
		Application app = in(status, type);
		WorkflowActor actor = holder(party);
		Optional<Workflow.Transition> row = Workflow.find(action, status, type);
		if (row.isPresent() && row.get().party() == party) {
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
		WorkflowActor stranger = new WorkflowActor(99L, Party.UNIT_HR, UNIT + 1, null);
		assertThatThrownBy(() -> app.apply(WorkflowAction.RETURN_TO_APPLICANT, stranger, "材料不全", Instant.EPOCH))
			.isInstanceOf(WorkflowRefusedException.class)
			.hasMessage("application.refused.jurisdiction");
		assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void anotherApplicantCannotWithdrawTheFile() {
		Application app = in(ApplicationStatus.SUBMITTED);
		WorkflowActor other = new WorkflowActor(APPLICANT + 1, Party.APPLICANT, UNIT, null);
		assertThatThrownBy(() -> app.apply(WorkflowAction.WITHDRAW, other, null, Instant.EPOCH))
			.hasMessage("application.refused.jurisdiction");
	}

	@Test
	void aReturnWithoutAReasonIsRefused() {
		Application app = in(ApplicationStatus.SUBMITTED);
		assertThatThrownBy(() -> app.apply(WorkflowAction.RETURN_TO_APPLICANT, holder(Party.UNIT_HR), "  ",
				Instant.EPOCH))
			.hasMessage("application.refused.reason-required");
		app.apply(WorkflowAction.RETURN_TO_APPLICANT, holder(Party.UNIT_HR), " 缺少年度考核表 ", Instant.EPOCH);
		assertThat(app.status()).isEqualTo(ApplicationStatus.RETURNED);
	}

	@Test
	void eachBusinessTypeTakesItsOwnPathToAResult() {
		assertThat(Workflow.actionsFor(Party.UNIT_HR, ApplicationStatus.SUBMITTED, ApplicationType.CERTIFICATE_REISSUE))
			.contains(WorkflowAction.CONFIRM_TO_CITY)
			.doesNotContain(WorkflowAction.START_PUBLIC_NOTICE);
		assertThat(Workflow.actionsFor(Party.CITY_REVIEWER, ApplicationStatus.CITY_REVIEW,
				ApplicationType.INITIAL_RECOGNITION))
			.contains(WorkflowAction.APPROVE)
			.doesNotContain(WorkflowAction.ACCEPT);
		assertThat(Workflow.actionsFor(Party.CITY_REVIEWER, ApplicationStatus.CITY_REVIEW,
				ApplicationType.COMMISSIONED_EVALUATION))
			.contains(WorkflowAction.COMMISSION)
			.doesNotContain(WorkflowAction.APPROVE, WorkflowAction.ACCEPT);
		assertThat(Workflow.actionsFor(Party.CITY_REVIEWER, ApplicationStatus.CITY_REVIEW, ApplicationType.EVALUATION))
			.contains(WorkflowAction.ACCEPT)
			.doesNotContain(WorkflowAction.APPROVE, WorkflowAction.COMMISSION);
	}

	@Test
	void theDiagramHasAnEdgeForEveryRowAndStartingState() {
		String diagram = Workflow.mermaid();
		Workflow.table()
			.forEach(t -> t.from()
				.forEach(from -> assertThat(diagram).contains(from + " --> " + t.to() + ": " + t.action() + " (" + t.party())));
		assertThat(ApplicationStatus.ABANDONED.terminal()).isTrue();
		assertThat(ApplicationStatus.SUBMITTED.terminal()).isFalse();
	}

	private static Application in(ApplicationStatus status) {
		return in(status, ApplicationType.EVALUATION);
	}

	private static Application in(ApplicationStatus status, ApplicationType type) {
		Application app = new Application("SB2026000001", APPLICANT, type, 2026, Instant.EPOCH);
		app.chooseUnit(UNIT);
		app.route("申报人", COUNTY, CITY, null);
		ReflectionTestUtils.setField(app, "id", 1L);
		ReflectionTestUtils.setField(app, "status", status);
		return app;
	}

	private static WorkflowActor holder(Party party) {
		return switch (party) {
			case APPLICANT -> new WorkflowActor(APPLICANT, party, UNIT, null);
			case UNIT_HR -> new WorkflowActor(50L, party, UNIT, null);
			case COUNTY_REVIEWER -> new WorkflowActor(51L, party, null, COUNTY);
			case CITY_REVIEWER -> new WorkflowActor(52L, party, null, CITY);
			case PUBLIC -> WorkflowActor.PUBLIC;
			case SYSTEM -> WorkflowActor.SYSTEM;
		};
	}

	@Test
	void reviewersOfAnotherCountyOrCityCannotDecide() {
		Application atCounty = in(ApplicationStatus.COUNTY_REVIEW);
		assertThatThrownBy(() -> atCounty.apply(WorkflowAction.FORWARD_TO_CITY,
				new WorkflowActor(60L, Party.COUNTY_REVIEWER, null, COUNTY + 1), null, Instant.EPOCH))
			.hasMessage("application.refused.jurisdiction");
		Application atCity = in(ApplicationStatus.CITY_REVIEW);
		assertThatThrownBy(() -> atCity.apply(WorkflowAction.ACCEPT,
				new WorkflowActor(61L, Party.CITY_REVIEWER, null, CITY + 1), null, Instant.EPOCH))
			.hasMessage("application.refused.jurisdiction");
	}

	@Test
	void eachActionHasOneRowPerStartingState() {
		for (WorkflowAction action : WorkflowAction.values()) {
			for (ApplicationStatus status : ApplicationStatus.values()) {
				assertThat(Workflow.table().stream().filter(t -> t.action() == action && t.from().contains(status)))
					.as(action + " from " + status)
					.hasSizeLessThanOrEqualTo(1);
			}
		}
		assertThat(Workflow.table().stream().filter(Workflow.Transition::concludesCase).map(Workflow.Transition::to))
			.containsOnly(ApplicationStatus.PASSED, ApplicationStatus.FAILED, ApplicationStatus.NOT_ACCEPTED);
	}

}

package cn.zhicheng.portal.catalog;

import java.util.stream.Stream;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.catalog.Routing.NoRoutingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Routing as seeded from DOMAIN.md §7.3, for every application kind at every level. */
@PortalTest
class RoutingTests {

	@Autowired
	Routing routing;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> everyKindAtEveryLevel() {
		return Stream.of(ApplicationKind.values())
			.flatMap(kind -> Stream.of(TitleLevel.values()).map(level -> Arguments.of(kind, level, expected(kind, level))));
	}

	private static Destination expected(ApplicationKind kind, TitleLevel level) {
		return switch (kind) {
			case EVALUATION -> level.compareTo(TitleLevel.INTERMEDIATE) <= 0 ? Destination.CITY_COMMITTEE
					: Destination.CITY_BUREAU_TO_PROVINCE;
			case COMMISSIONED_EVALUATION -> Destination.CITY_BUREAU_TO_PROVINCE;
			case INITIAL_RECOGNITION, CERTIFICATE_REISSUE -> Destination.CITY_BUREAU;
		};
	}

	@ParameterizedTest(name = "{0} at {1} goes to {2}")
	@MethodSource("everyKindAtEveryLevel")
	void everyKindAndLevelHasItsDestination(ApplicationKind kind, TitleLevel level, Destination destination) {
		assertThat(routing.destinationFor(kind.name(), level)).isEqualTo(destination);
	}

	@Test
	void aRuleForTheExactLevelWinsOverOneForEveryLevel() {
		jdbc.sql("insert into routing_rule (application_kind, level, destination) "
				+ "values ('CERTIFICATE_REISSUE', 'SENIOR', 'CITY_BUREAU_TO_PROVINCE')").update();
		try {
			assertThat(routing.destinationFor("CERTIFICATE_REISSUE", TitleLevel.SENIOR))
				.isEqualTo(Destination.CITY_BUREAU_TO_PROVINCE);
			assertThat(routing.destinationFor("CERTIFICATE_REISSUE", TitleLevel.DEPUTY_SENIOR))
				.isEqualTo(Destination.CITY_BUREAU);
		}
		finally {
			jdbc.sql("delete from routing_rule where application_kind = 'CERTIFICATE_REISSUE' and level = 'SENIOR'")
				.update();
		}
	}

	@Test
	void noRuleIsAClearErrorNotAGuess() {
		assertThatExceptionOfType(NoRoutingRule.class)
			.isThrownBy(() -> routing.destinationFor("PROMOTION", TitleLevel.STAFF))
			.withMessageContaining("PROMOTION");
		jdbc.sql("update routing_rule set level = 'SENIOR' where application_kind = 'CERTIFICATE_REISSUE'").update();
		try {
			assertThatExceptionOfType(NoRoutingRule.class)
				.isThrownBy(() -> routing.destinationFor("CERTIFICATE_REISSUE", TitleLevel.STAFF))
				.withMessageContaining("CERTIFICATE_REISSUE")
				.withMessageContaining("STAFF");
		}
		finally {
			jdbc.sql("update routing_rule set level = null where application_kind = 'CERTIFICATE_REISSUE'").update();
		}
	}

	@Test
	void theRulesAreListedForTheAdministrator() {
		assertThat(routing.rules()).hasSizeGreaterThanOrEqualTo(8);
	}

}

package cn.zhicheng.portal.audit.domain;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit records are kept at least six months (网络安全法 第二十一条): a shorter setting stops the portal at startup. */
class AuditPropertiesTests {

	@Test
	void retentionDefaultsToTwelveMonths() {
		assertThat(bind(Map.of()).retention()).isEqualTo(Period.ofMonths(12));
		assertThat(bind(Map.of("portal.audit.retention", "P1Y")).retention()).isEqualTo(Period.ofYears(1));
		assertThat(bind(Map.of("portal.audit.retention", "6m")).retention()).isEqualTo(Period.ofMonths(6));
	}

	@Test
	void lessThanSixMonthsIsRefusedWithAClearMessage() {
		assertThatThrownBy(() -> bind(Map.of("portal.audit.retention", "5m"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("portal.audit.retention must be at least 6 months")
			.hasMessageContaining("P5M");
		assertThatThrownBy(() -> new AuditProperties(Period.ofDays(180), "0 30 3 * * *"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditProperties(Period.of(0, 6, -1), "0 30 3 * * *"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditProperties(Period.ofMonths(-12), "0 30 3 * * *"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void daysCountOnlyWhenTheyCoverTheLongestSixMonths() {
		assertThat(new AuditProperties(Period.ofDays(186), "0 30 3 * * *").retention()).isEqualTo(Period.ofDays(186));
		assertThat(new AuditProperties(Period.of(0, 5, 31), "0 30 3 * * *").retention()).isEqualTo(Period.of(0, 5, 31));
		assertThatThrownBy(() -> new AuditProperties(Period.of(0, 5, 30), "0 30 3 * * *"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static AuditProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("portal.audit", AuditProperties.class);
	}

}

package cn.zhicheng.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries: each capability reaches others only through their top-level API, with no cycles. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyCapabilityIsAModule() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("account", "audit", "calendar", "catalog", "content", "demo", "notification", "onboarding", "region",
					"system", "unit", "validation", "eligibility", "pdf", "records",
					"certificate");
	}

}

package cn.zhicheng.portal.eligibility.domain;

import java.time.Clock;

import cn.zhicheng.portal.eligibility.Eligibility;
import cn.zhicheng.portal.eligibility.EligibilityPolicy;

/** The package-private engine for tests of the public API that run without a Spring context. */
public final class Engines {

	private Engines() {
	}

	public static Eligibility engine(EligibilityPolicy policy, Clock clock) {
		return new EligibilityEngine(policy, clock);
	}

}

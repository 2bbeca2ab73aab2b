package cn.zhicheng.portal.unit;

import java.util.Set;

/**
 * Which pending units a decider may see and decide (单位审核). The unit module does not know accounts or roles, so the
 * caller turns the signed-in person into a scope; every query and every decision applies it in SQL.
 */
public sealed interface ApprovalScope {

	/** Units located in one of these regions: a county bureau's county, a city bureau's city and its counties. */
	record Regions(Set<Long> regionIds) implements ApprovalScope {

		public Regions {
			regionIds = Set.copyOf(regionIds);
		}

	}

	/** Units that name this unit as their supervisor, and only while this unit is itself approved. */
	record SupervisedBy(long unitId) implements ApprovalScope {
	}

	/** Every unit: the administrator. */
	record Everything() implements ApprovalScope {
	}

	/** No unit at all. */
	record Nothing() implements ApprovalScope {
	}

	static ApprovalScope regions(Set<Long> regionIds) {
		return regionIds.isEmpty() ? nothing() : new Regions(regionIds);
	}

	static ApprovalScope supervisedBy(long unitId) {
		return new SupervisedBy(unitId);
	}

	static ApprovalScope everything() {
		return new Everything();
	}

	static ApprovalScope nothing() {
		return new Nothing();
	}

}

package cn.zhicheng.portal.onboarding;

import java.util.concurrent.atomic.AtomicLong;

import cn.zhicheng.portal.onboarding.domain.NewOfficer;
import cn.zhicheng.portal.onboarding.domain.RegisterUnit;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.unit.NewUnit;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.unit.UnitView;
import cn.zhicheng.portal.validation.CreditCodes;
import org.jspecify.annotations.Nullable;

/**
 * Fresh units and officers for tests that share one database: credit codes, usernames and mobiles never repeat, so
 * each test stands alone whatever ran before it.
 */
final class UnitFixtures {

	static final String PASSWORD = "Officer#2026";

	private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 1_000_000L);

	private final UnitOnboardingService onboarding;

	private final RegionDirectory regions;

	private final UnitDirectory units;

	UnitFixtures(UnitOnboardingService onboarding, RegionDirectory regions, UnitDirectory units) {
		this.onboarding = onboarding;
		this.regions = regions;
		this.units = units;
	}

	static long next() {
		return sequence.incrementAndGet();
	}

	/** A valid code (the check character computed) with the region's division code in places 3–8. */
	static String creditCode(String regionCode, long n) {
		String first17 = "91" + regionCode + String.format("%09d", n % 1_000_000_000L);
		return first17 + CreditCodes.checkCharacter(first17);
	}

	/** 166 and eight digits: a prefix other test classes do not use, so mobiles never collide across them. */
	static String mobile(long n) {
		return "166" + String.format("%08d", n % 100_000_000L);
	}

	static String username(long n) {
		return "onb-" + n;
	}

	long regionId(String code) {
		return regions.findByCode(code).orElseThrow().id();
	}

	/** A demo unit by its exact name. */
	UnitView demoUnit(String name) {
		return units.searchApproved(name, 5)
			.stream()
			.filter(unit -> unit.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** Registers a pending unit with its first officer, as the registration page would. */
	Registered register(String regionCode, @Nullable Long supervisingUnitId) {
		long n = next();
		String name = "测试单位" + n;
		UnitType type = (supervisingUnitId != null) ? UnitType.PUBLIC_INSTITUTION : UnitType.GOVERNMENT_ORGAN;
		long id = onboarding.register(new RegisterUnit(
				new NewUnit(name, creditCode(regionCode, n), type, regionId(regionCode), supervisingUnitId,
						"清远市新城东一路" + n + "号", "王联系", "0763-3381234"),
				new NewOfficer(username(n), PASSWORD, "刘专员", mobile(n))));
		return new Registered(id, name, username(n), mobile(n));
	}

	record Registered(long unitId, String name, String username, String mobile) {
	}

}

package cn.zhicheng.portal.unit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.validation.CreditCodes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The unit module on its own: registration, the scoped approval queue (keyset-paged, newest first), decisions
 * scoped exactly as the queue, and profile edits that wait for approval and refuse a stale version.
 */
@PortalTest
class UnitApprovalsTests {

	private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 1_000_000L);

	/** The id of the account that decides; the unit module only records it. */
	private static final long DECIDER = 1;

	@Autowired
	UnitRegistry registry;

	@Autowired
	UnitApprovals approvals;

	@Autowired
	UnitDirectory units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theQueueIsKeysetPagedNewestFirst() {
		long parent = approved(register("441821", null));
		long first = register("441821", parent);
		long second = register("441821", parent);
		long third = register("441821", parent);
		ApprovalScope scope = ApprovalScope.supervisedBy(parent);

		UnitPage page = approvals.pending(scope, null, 2);
		assertThat(page.units()).extracting(UnitProfile::id).containsExactly(third, second);
		assertThat(page.nextBefore()).isEqualTo(second);
		UnitPage last = approvals.pending(scope, page.nextBefore(), 2);
		assertThat(last.units()).extracting(UnitProfile::id).containsExactly(first);
		assertThat(last.nextBefore()).isNull();
	}

	@Test
	void aRegionScopeSeesOnlyItsRegions() {
		long fogang = register("441821", null);
		long lianzhou = register("441882", null);
		List<Long> seen = approvals.pending(ApprovalScope.regions(Set.of(region("441882"))), null, 100)
			.units()
			.stream()
			.map(UnitProfile::id)
			.toList();
		assertThat(seen).contains(lianzhou).doesNotContain(fogang);
		assertThat(approvals.pending(ApprovalScope.nothing(), null, 100).units()).isEmpty();
		assertThat(approvals.pending(ApprovalScope.everything(), null, 100).units()).extracting(UnitProfile::id)
			.contains(fogang, lianzhou);
	}

	@Test
	void aDecisionOutsideTheScopeOrOnADecidedUnitIsNotFound() {
		long unit = register("441821", null);
		assertThatExceptionOfType(UnitNotFoundException.class)
			.isThrownBy(() -> approvals.approve(unit, ApprovalScope.regions(Set.of(region("441882"))), DECIDER));
		assertThatExceptionOfType(UnitNotFoundException.class)
			.isThrownBy(() -> approvals.reject(unit, ApprovalScope.nothing(), DECIDER, "原因"));
		assertThat(units.find(unit).orElseThrow().status()).isEqualTo(UnitStatus.PENDING);

		approvals.reject(unit, ApprovalScope.regions(Set.of(region("441821"))), DECIDER, "材料不全");
		assertThat(units.profile(unit).orElseThrow().decisionReason()).isEqualTo("材料不全");
		assertThatExceptionOfType(UnitNotFoundException.class)
			.isThrownBy(() -> approvals.approve(unit, ApprovalScope.everything(), DECIDER));
		assertThat(units.find(unit).orElseThrow().status()).isEqualTo(UnitStatus.REJECTED);
	}

	@Test
	void aSupervisorReachesItsSubordinatesOnlyWhileItIsApproved() {
		long parent = approved(register("441823", null));
		long child = register("441823", parent);
		jdbc.update("update employer_unit set status = 'PENDING' where id = ?", parent);
		assertThat(approvals.pending(ApprovalScope.supervisedBy(parent), null, 10).units()).isEmpty();
		assertThatExceptionOfType(UnitNotFoundException.class)
			.isThrownBy(() -> approvals.approve(child, ApprovalScope.supervisedBy(parent), DECIDER));
		jdbc.update("update employer_unit set status = 'APPROVED' where id = ?", parent);
		assertThat(approvals.approve(child, ApprovalScope.supervisedBy(parent), DECIDER).status())
			.isEqualTo(UnitStatus.APPROVED);
	}

	@Test
	void aCreditCodeRegistersOnce() {
		long n = sequence.incrementAndGet();
		registry.register(newUnit("441825", null, n));
		assertThat(units.creditCodeTaken(creditCode("441825", n).toLowerCase())).isTrue();
		assertThatExceptionOfType(CreditCodeTakenException.class)
			.isThrownBy(() -> registry.register(newUnit("441825", null, n)));
	}

	@Test
	void theProfileIsEditedOnlyOnceApprovedAndNeverOverAStaleVersion() {
		long unit = register("441826", null);
		long version = units.profile(unit).orElseThrow().version();
		assertThatExceptionOfType(UnitNotApprovedException.class)
			.isThrownBy(() -> registry.editProfile(new EditUnitProfile(unit, "地址", "联系人", "0763-1234567", version)));

		approved(unit);
		long current = units.profile(unit).orElseThrow().version();
		UnitProfile edited = registry.editProfile(new EditUnitProfile(unit, "新地址", "新联系人", "0763-7654321", current));
		assertThat(edited.version()).isGreaterThan(current);
		assertThat(edited.address()).isEqualTo("新地址");
		assertThatExceptionOfType(StaleUnitException.class)
			.isThrownBy(() -> registry.editProfile(new EditUnitProfile(unit, "旧页面", "旧", "0763-1111111", current)));
		assertThat(units.profile(unit).orElseThrow().address()).isEqualTo("新地址");
	}

	@Test
	void approvedUnitsOfACityComeAsATreeWithParentsFirst() {
		long parent = approved(register("441882", null));
		long child = approved(register("441882", parent));
		long grandchild = approved(register("441882", child));
		long pending = register("441882", parent);
		List<UnitTreeEntry> tree = units.approvedTree(List.of(region("441800"), region("441882")), 500);
		List<Long> ids = tree.stream().map(entry -> entry.unit().id()).toList();
		assertThat(ids).doesNotContain(pending);
		assertThat(ids.indexOf(parent)).isLessThan(ids.indexOf(child));
		assertThat(ids.indexOf(child)).isLessThan(ids.indexOf(grandchild));
		assertThat(tree.get(ids.indexOf(grandchild)).depth()).isEqualTo(tree.get(ids.indexOf(parent)).depth() + 2);
		assertThat(units.approvedTree(List.of(), 500)).isEmpty();
	}

	@Test
	void theNonPublicIntakePointsAreTheApprovedOnes() {
		assertThat(units.nonPublicIntakePoints()).extracting(UnitView::name)
			.contains("清远市市直非公人事管理单位（环保专业）", "广州市番禺区非公职称申报点")
			.allSatisfy(name -> assertThat(name).contains("非公"));
	}

	private long register(String regionCode, @Nullable Long supervisor) {
		return registry.register(newUnit(regionCode, supervisor, sequence.incrementAndGet()));
	}

	private long approved(long unit) {
		approvals.approve(unit, ApprovalScope.everything(), DECIDER);
		return unit;
	}

	private NewUnit newUnit(String regionCode, @Nullable Long supervisor, long n) {
		return new NewUnit("单元测试单位" + n, creditCode(regionCode, n), UnitType.PUBLIC_INSTITUTION,
				region(regionCode), supervisor, "地址" + n, "联系人", "0763-3381234");
	}

	private long region(String code) {
		return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
	}

	private static String creditCode(String regionCode, long n) {
		String first17 = "12" + regionCode + String.format("%09d", n % 1_000_000_000L);
		return first17 + CreditCodes.checkCharacter(first17);
	}

}

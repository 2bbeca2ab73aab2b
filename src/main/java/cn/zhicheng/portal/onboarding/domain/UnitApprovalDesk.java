package cn.zhicheng.portal.onboarding.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.unit.ApprovalScope;
import cn.zhicheng.portal.unit.UnitApprovals;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitPage;
import cn.zhicheng.portal.unit.UnitProfile;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitView;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 单位审核: who may decide which pending unit, and telling the unit's officers the outcome. Reach comes from the
 * signed-in account, never from the request: a county reviewer decides units located in their county, a city
 * reviewer those in the city or any of its counties, a unit's officer those that name their unit as supervisor
 * (once their own unit is approved), the administrator all (DOMAIN.md §7.1: the 主管部门 or the county bureau
 * checks before the city).
 */
@Service
public class UnitApprovalDesk {

	/** Messages to officers are in Chinese whatever language the decider reads the portal in. */
	private static final Locale RECIPIENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final UnitApprovals approvals;

	private final UnitDirectory units;

	private final RegionDirectory regions;

	private final Accounts accounts;

	private final NotificationSender notifications;

	private final MessageSource messages;

	private final RegionNames regionName;

	private final AuditLog audit;

	private final Clock clock;

	UnitApprovalDesk(UnitApprovals approvals, UnitDirectory units, RegionDirectory regions, Accounts accounts,
			NotificationSender notifications, MessageSource messages, RegionNames regionName, AuditLog audit,
			Clock clock) {
		this.audit = audit;
		this.approvals = approvals;
		this.units = units;
		this.regions = regions;
		this.accounts = accounts;
		this.notifications = notifications;
		this.messages = messages;
		this.regionName = regionName;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ApprovalQueue queue(PortalUser decider, @Nullable Long before, int size) {
		ApprovalScope scope = scopeOf(decider);
		UnitPage page = approvals.pending(scope, before, size);
		Map<Long, String> regionNames = new HashMap<>();
		List<PendingUnit> rows = page.units()
			.stream()
			.map(unit -> row(unit, regionNames.computeIfAbsent(unit.regionId(), regionName::of)))
			.toList();
		return new ApprovalQueue(rows, page.nextBefore(), !(scope instanceof ApprovalScope.Nothing));
	}

	/** @throws cn.zhicheng.portal.unit.UnitNotFoundException unless the unit is pending and within reach */
	@Transactional(readOnly = true)
	public UnitProfile pending(PortalUser decider, long unitId) {
		return approvals.pending(unitId, scopeOf(decider));
	}

	/** @throws cn.zhicheng.portal.unit.UnitNotFoundException unless the unit is pending and within reach */
	@Transactional
	public UnitProfile approve(PortalUser decider, long unitId) {
		UnitProfile unit = approvals.approve(unitId, scopeOf(decider), decider.id());
		record(decider, "UNIT_APPROVED", unitId, null);
		tellOfficers(unit, "onboarding.notice.approved", unit.name());
		return unit;
	}

	/** @throws cn.zhicheng.portal.unit.UnitNotFoundException unless the unit is pending and within reach */
	@Transactional
	public UnitProfile reject(PortalUser decider, long unitId, String reason) {
		UnitProfile unit = approvals.reject(unitId, scopeOf(decider), decider.id(), reason);
		record(decider, "UNIT_REJECTED", unitId, reason);
		tellOfficers(unit, "onboarding.notice.rejected", unit.name(), reason);
		return unit;
	}

	/** Decisions on a unit are part of the audit trail, with the reason for a rejection. */
	private void record(PortalUser decider, String action, long unitId, @Nullable String reason) {
		audit.record(new AuditEntry(decider.id(), decider.role().name(), action, "EMPLOYER_UNIT", unitId, reason));
	}

	ApprovalScope scopeOf(PortalUser decider) {
		Long regionId = decider.regionId();
		Long unitId = decider.unitId();
		return switch (decider.role()) {
			case COUNTY_REVIEWER -> (regionId != null) ? ApprovalScope.regions(Set.of(regionId)) : ApprovalScope.nothing();
			case CITY_REVIEWER -> (regionId != null) ? ApprovalScope.regions(cityAndCounties(regionId))
					: ApprovalScope.nothing();
			// Checked here for the page's sake and again in the query, which is what guards the decision.
			case UNIT_HR -> Optional.ofNullable(unitId)
				.flatMap(units::find)
				.filter(unit -> unit.status() == UnitStatus.APPROVED)
				.map(unit -> ApprovalScope.supervisedBy(unit.id()))
				.orElseGet(ApprovalScope::nothing);
			case ADMIN -> ApprovalScope.everything();
			case APPLICANT -> ApprovalScope.nothing();
		};
	}

	private Set<Long> cityAndCounties(long cityId) {
		Set<Long> ids = new HashSet<>();
		ids.add(cityId);
		regions.children(Optional.of(cityId)).forEach(county -> ids.add(county.id()));
		return ids;
	}

	private void tellOfficers(UnitProfile unit, String key, Object... args) {
		String text = messages.getMessage(key, args, RECIPIENT_LOCALE);
		accounts.ofUnit(unit.id(), Role.UNIT_HR)
			.forEach(officer -> notifications.send(Notification.inApp(officer.id(), Purpose.UNIT_APPROVAL, text)));
	}

	private PendingUnit row(UnitProfile unit, String regionName) {
		String supervisor = Optional.ofNullable(unit.supervisingUnitId())
			.flatMap(units::find)
			.map(UnitView::name)
			.orElse(null);
		return new PendingUnit(unit.id(), unit.name(), unit.creditCode(), unit.type(), regionName, supervisor,
				orEmpty(unit.address()), orEmpty(unit.contactName()), Masking.mobile(unit.contactPhone()),
				LocalDateTime.ofInstant(unit.createdAt(), clock.getZone()));
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}

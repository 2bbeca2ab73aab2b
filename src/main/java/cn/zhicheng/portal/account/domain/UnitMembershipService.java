package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.AccountSummary;
import cn.zhicheng.portal.account.ChangeRequestStatus;
import cn.zhicheng.portal.account.FileRoute;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.UnitChangeView;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.region.RegionView;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitView;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's HR unit (人事管理单位): the first choice is the applicant's own; a change is a request the new unit
 * decides, with the old unit told. Only a unit whose route reaches a receiving office can be chosen, because a file
 * filed under a unit nobody reviews silently vanishes — the pain the reference guide's 提示1 describes.
 */
@Service
public class UnitMembershipService {

	private static final Logger log = LoggerFactory.getLogger(UnitMembershipService.class);

	private static final int HISTORY = 20;

	private final UserAccountRepository accounts;

	private final UnitChangeRequestRepository requests;

	private final UnitDirectory units;

	private final RegionDirectory regions;

	private final AccountService directory;

	private final NotificationSender notifications;

	private final MessageSource messages;

	private final Clock clock;

	UnitMembershipService(UserAccountRepository accounts, UnitChangeRequestRepository requests, UnitDirectory units,
			RegionDirectory regions, AccountService directory, NotificationSender notifications,
			MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.requests = requests;
		this.units = units;
		this.regions = regions;
		this.directory = directory;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/** The offices a file from this unit passes, and whether each has someone to receive it. */
	@Transactional(readOnly = true)
	public FileRoute route(UnitView unit) {
		List<FileRoute.Stop> stops = new ArrayList<>();
		stops.add(new FileRoute.Stop("home.route.unit", unit.name()));
		if (unit.status() != UnitStatus.APPROVED) {
			return new FileRoute(stops, false, "unit-choice.route.unit-not-approved", unit.name());
		}
		if (directory.ofUnit(unit.id(), Role.UNIT_HR).stream().noneMatch(AccountSummary::enabled)) {
			return new FileRoute(stops, false, "unit-choice.route.no-officer", unit.name());
		}
		List<RegionView> lineage = regions.lineage(unit.regionId());
		Optional<RegionView> county = lineage.stream().filter(r -> r.level() == RegionLevel.COUNTY).findFirst();
		Optional<RegionView> city = lineage.stream().filter(r -> r.level() == RegionLevel.CITY).findFirst();
		if (county.isPresent()) {
			stops.add(new FileRoute.Stop("unit-choice.route.county-bureau", county.get().name()));
			if (!directory.anyServing(Role.COUNTY_REVIEWER, county.get().id())) {
				return new FileRoute(stops, false, "unit-choice.route.no-county-reviewer", county.get().name());
			}
		}
		if (city.isEmpty()) {
			return new FileRoute(stops, false, "unit-choice.route.no-city", unit.name());
		}
		stops.add(new FileRoute.Stop("unit-choice.route.city-bureau", city.get().name()));
		if (!directory.anyServing(Role.CITY_REVIEWER, city.get().id())) {
			return new FileRoute(stops, false, "unit-choice.route.no-city-reviewer", city.get().name());
		}
		return new FileRoute(stops, true, null, null);
	}

	/**
	 * Sets the first HR unit directly, or asks the new unit for a change. Refuses a unit that is unknown, not
	 * approved, unreachable, the current one, or when a request is already open.
	 */
	@Transactional
	public Choice choose(PortalUser applicant, long unitId, @Nullable String reason) {
		UserAccount account = accounts.findById(applicant.id()).orElseThrow();
		Optional<UnitView> unit = units.find(unitId).filter(u -> u.status() == UnitStatus.APPROVED);
		if (unit.isEmpty()) {
			return Choice.refused("unit-choice.refused.unknown");
		}
		FileRoute route = route(unit.get());
		if (!route.reachable()) {
			return Choice.refused(route.problemKey(), route.problemArg());
		}
		if (account.unitId() != null && account.unitId() == unitId) {
			return Choice.refused("unit-choice.refused.same");
		}
		if (account.unitId() == null) {
			account.moveToUnit(unitId);
			log.info("Applicant {} chose HR unit {}", account.id(), unitId);
			return new Choice(true, false, "unit-choice.chosen", unit.get().name());
		}
		if (requests.existsByApplicantIdAndStatus(account.id(), ChangeRequestStatus.PENDING)) {
			return Choice.refused("unit-choice.refused.open-request");
		}
		requests.save(new UnitChangeRequest(account.id(), account.unitId(), unitId, blankToNull(reason), now()));
		tellOfficers(unitId, "unit-choice.notify.new-unit", account.displayName());
		log.info("Applicant {} asked to move from unit {} to unit {}", account.id(), account.unitId(), unitId);
		return new Choice(true, true, "unit-choice.requested", unit.get().name());
	}

	@Transactional
	public boolean cancel(PortalUser applicant, long requestId) {
		return requests.findByIdAndApplicantId(requestId, applicant.id())
			.filter(request -> request.status() == ChangeRequestStatus.PENDING)
			.map(request -> {
				request.cancel(now());
				return true;
			})
			.orElse(false);
	}

	/**
	 * The new unit's officer approves or declines. A request addressed to another unit is not found. On approval the
	 * applicant moves and the old unit's officers are told.
	 */
	@Transactional
	public boolean decide(PortalUser officer, long requestId, boolean approve, @Nullable String reason) {
		if (officer.role() != Role.UNIT_HR || officer.unitId() == null) {
			return false;
		}
		Optional<UnitChangeRequest> found = requests.findByIdAndToUnitId(requestId, officer.unitId())
			.filter(request -> request.status() == ChangeRequestStatus.PENDING);
		if (found.isEmpty()) {
			return false;
		}
		UnitChangeRequest request = found.get();
		UserAccount applicant = accounts.findById(request.applicantId()).orElseThrow();
		String toName = units.find(request.toUnitId()).map(UnitView::name).orElse("");
		if (approve) {
			request.approve(officer.id(), now());
			applicant.moveToUnit(request.toUnitId());
			if (request.fromUnitId() != null) {
				tellOfficers(request.fromUnitId(), "unit-choice.notify.old-unit", applicant.displayName(), toName);
			}
			tell(applicant.id(), "unit-choice.notify.approved", toName);
		}
		else {
			request.decline(officer.id(), reason == null ? "" : reason.strip(), now());
			tell(applicant.id(), "unit-choice.notify.declined", toName, reason);
		}
		log.info("Unit change request {} {} by officer {}", requestId, approve ? "approved" : "declined", officer.id());
		return true;
	}

	@Transactional(readOnly = true)
	public List<UnitChangeView> pendingFor(long unitId) {
		return requests.findByToUnitIdAndStatusOrderByCreatedAtDesc(unitId, ChangeRequestStatus.PENDING,
				Limit.of(100)).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<UnitChangeView> historyOf(long applicantId) {
		return requests.findByApplicantIdOrderByCreatedAtDesc(applicantId, Limit.of(HISTORY))
			.stream()
			.map(this::view)
			.toList();
	}

	private UnitChangeView view(UnitChangeRequest request) {
		UserAccount applicant = accounts.findById(request.applicantId()).orElseThrow();
		return new UnitChangeView(request.id(), applicant.id(), applicant.displayName(),
				Masking.idNumber(applicant.idNumber()), unitName(request.fromUnitId()), unitName(request.toUnitId()),
				request.status(), request.reason(), request.decisionReason(), request.createdAt(),
				request.decidedAt());
	}

	private @Nullable String unitName(@Nullable Long unitId) {
		return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse(null);
	}

	private void tellOfficers(long unitId, String key, Object... args) {
		directory.ofUnit(unitId, Role.UNIT_HR).forEach(officer -> tell(officer.id(), key, args));
	}

	private void tell(long accountId, String key, Object... args) {
		String text = messages.getMessage(key, args, LocaleContextHolder.getLocale());
		notifications.send(Notification.inApp(accountId, Purpose.UNIT_CHANGE, text));
	}

	private Instant now() {
		return clock.instant();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The outcome of a choice: done or refused, whether it became a request, and the message to show. */
	public record Choice(boolean done, boolean requested, String messageKey, @Nullable String messageArg) implements
			java.io.Serializable {

		static Choice refused(String key) {
			return new Choice(false, false, key, null);
		}

		static Choice refused(String key, @Nullable String arg) {
			return new Choice(false, false, key, arg);
		}

	}

}

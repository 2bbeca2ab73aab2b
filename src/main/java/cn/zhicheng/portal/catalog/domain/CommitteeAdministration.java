package cn.zhicheng.portal.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.IntakeWindowView;
import cn.zhicheng.portal.catalog.Jurisdiction;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.cache.annotation.CacheEvict;

/**
 * Administrators' editing of committees and their yearly intake windows. Each edit names the version the
 * administrator saw, so a second administrator's save over a changed committee is refused rather than lost.
 */
@Service
@Transactional
public class CommitteeAdministration {

	private final CommitteeRepository committees;

	private final IntakeWindowRepository windows;

	private final RegionDirectory regions;

	private final AuditLog audit;

	CommitteeAdministration(CommitteeRepository committees, IntakeWindowRepository windows, RegionDirectory regions,
			AuditLog audit) {
		this.audit = audit;
		this.committees = committees;
		this.windows = windows;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public List<CommitteeDetail> list() {
		return committees.findAllByOrderByName().stream().map(CommitteeAdministration::detail).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CommitteeDetail> find(long id) {
		return committees.findById(id).map(CommitteeAdministration::detail);
	}

	/** The committee's windows with the versions an edit must name, latest review year first. */
	@Transactional(readOnly = true)
	public List<WindowDetail> windows(long committeeId) {
		return windows.findByCommitteeIdOrderByReviewYearDesc(committeeId)
			.stream()
			.map(window -> new WindowDetail(window.toView(), window.version()))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name) {
		return committees.existsByName(name);
	}

	/**
	 * Whether the region can host a committee of this jurisdiction: a city committee sits in a city, a provincial one
	 * in the province.
	 */
	@Transactional(readOnly = true)
	public boolean regionFits(Jurisdiction jurisdiction, long regionId) {
		RegionLevel wanted = (jurisdiction == Jurisdiction.PROVINCE) ? RegionLevel.PROVINCE : RegionLevel.CITY;
		return regions.find(regionId).filter(region -> region.level() == wanted).isPresent();
	}

	/**
	 * Sets up a new committee serving the region and returns its id. The form checks the name and region first so it
	 * can say why; these checks only keep a bad call from reaching the table.
	 */
	@CacheEvict(cacheNames = { CatalogCaches.COMMITTEES, CatalogCaches.COMMITTEES_IN_REGION }, allEntries = true)
	public long create(long regionId, UpdateCommittee facts) {
		if (!regionFits(facts.jurisdiction(), regionId)) {
			throw new IllegalArgumentException(
					"Region " + regionId + " does not fit a " + facts.jurisdiction() + " committee");
		}
		if (facts.lowestLevel().compareTo(facts.highestLevel()) > 0) {
			throw new IllegalArgumentException("The lowest level is above the highest");
		}
		long id = committees.save(new Committee(regionId, facts)).id();
		audit.record(AuditEntry.bySignedIn("ADMIN", "COMMITTEE_CREATED", "COMMITTEE", id, facts.name()));
		return id;
	}

	@CacheEvict(cacheNames = { CatalogCaches.COMMITTEES, CatalogCaches.COMMITTEES_IN_REGION }, allEntries = true)
	public void update(long id, long expectedVersion, UpdateCommittee update) {
		Committee committee = committees.findById(id).orElseThrow(() -> new IllegalArgumentException("No committee " + id));
		if (committee.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Committee " + id + " changed meanwhile");
		}
		if (update.lowestLevel().compareTo(update.highestLevel()) > 0) {
			throw new IllegalArgumentException("The lowest level is above the highest");
		}
		committee.update(update);
		audit.record(AuditEntry.bySignedIn("ADMIN", "COMMITTEE_UPDATED", "COMMITTEE", id, update.name()));
	}

	/** Adds the review year's window, or changes it; {@code expectedVersion} is null for a new one. */
	public void saveWindow(long committeeId, int reviewYear, @Nullable Long expectedVersion, LocalDate opensOn,
			LocalDate closesOn, boolean amendmentsAllowed, @Nullable Integer amendmentWorkingDays) {
		committees.findById(committeeId).orElseThrow(() -> new IllegalArgumentException("No committee " + committeeId));
		IntakeWindow window = windows.findByCommitteeIdAndReviewYear(committeeId, reviewYear)
			.orElseGet(() -> new IntakeWindow(committeeId, reviewYear));
		// A form without a version is for a new year; arriving for a year that already has a window it would overwrite
		// someone's saved dates unseen, so it is treated like a stale edit.
		if (!window.isNew() && (expectedVersion == null || window.version() != expectedVersion)) {
			throw new OptimisticLockingFailureException("Window changed meanwhile");
		}
		window.change(opensOn, closesOn, amendmentsAllowed, amendmentWorkingDays);
		windows.save(window);
		audit.record(AuditEntry.bySignedIn("ADMIN", "INTAKE_WINDOW_SAVED", "COMMITTEE", committeeId,
				reviewYear + ": " + opensOn + " – " + closesOn));
	}

	private static CommitteeDetail detail(Committee committee) {
		return new CommitteeDetail(committee.toView(), committee.seriesId(), committee.jurisdiction(),
				committee.specialtyIds(), committee.version());
	}

	/** A committee as its edit page shows it. */
	public record CommitteeDetail(CommitteeView committee, @Nullable Long seriesId,
			Jurisdiction jurisdiction, Set<Long> specialtyIds, long version) {
	}

	public record WindowDetail(IntakeWindowView window, long version) {
	}

	public record UpdateCommittee(String name, @Nullable Long seriesId, Jurisdiction jurisdiction,
			TitleLevel lowestLevel, TitleLevel highestLevel, String officeName, @Nullable String officePhone,
			Set<Long> specialtyIds) {
	}

}

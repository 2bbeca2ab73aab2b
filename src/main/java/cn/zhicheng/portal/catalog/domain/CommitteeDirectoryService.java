package cn.zhicheng.portal.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.IntakeWindowView;
import cn.zhicheng.portal.catalog.TitleLevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.cache.annotation.Cacheable;

@Service
@Transactional(readOnly = true)
class CommitteeDirectoryService implements CommitteeDirectory {

	private final CommitteeRepository committees;

	private final IntakeWindowRepository windows;

	CommitteeDirectoryService(CommitteeRepository committees, IntakeWindowRepository windows) {
		this.committees = committees;
		this.windows = windows;
	}

	@Override
	@Cacheable(CatalogCaches.COMMITTEES_IN_REGION)
	public List<CommitteeView> inRegion(long regionId) {
		return committees.findByRegionIdOrderByName(regionId).stream().map(Committee::toView).toList();
	}

	@Override
	@Cacheable(CatalogCaches.COMMITTEES)
	public List<CommitteeView> all() {
		return committees.findAllByOrderByName().stream().map(Committee::toView).toList();
	}

	@Override
	public long count() {
		return committees.count();
	}

	@Override
	public List<CommitteeView> openFor(long specialtyId, TitleLevel level, int reviewYear, LocalDate today) {
		// Open windows are few (a few dozen committees a year), so the specialty and level are checked in memory.
		Set<Long> open = windows.findOpen(reviewYear, today)
			.stream()
			.map(window -> window.toView().committeeId())
			.collect(Collectors.toSet());
		if (open.isEmpty()) {
			return List.of();
		}
		return committees.findByIdInOrderByName(open)
			.stream()
			.filter(committee -> committee.takes(specialtyId, level))
			.map(Committee::toView)
			.toList();
	}

	@Override
	public List<IntakeWindowView> windows(long committeeId) {
		return windows.findByCommitteeIdOrderByReviewYearDesc(committeeId).stream().map(IntakeWindow::toView).toList();
	}

}

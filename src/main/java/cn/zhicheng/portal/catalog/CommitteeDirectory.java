package cn.zhicheng.portal.catalog;

import java.time.LocalDate;
import java.util.List;

/** Looks up evaluation committees. */
public interface CommitteeDirectory {

	/** The committees whose jurisdiction is this region, by name. */
	List<CommitteeView> inRegion(long regionId);

	long count();

	/** Every committee, by name: few enough (a few dozen) to offer in one select. */
	List<CommitteeView> all();

	/**
	 * The committees an application can be filed with today: they take the specialty and the level, and their window
	 * for the review year is open on {@code today} (both ends included). By name.
	 */
	List<CommitteeView> openFor(long specialtyId, TitleLevel level, int reviewYear, LocalDate today);

	/** The committee's intake windows, latest review year first. */
	List<IntakeWindowView> windows(long committeeId);

}

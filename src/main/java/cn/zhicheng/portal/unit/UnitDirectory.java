package cn.zhicheng.portal.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks up employer units for other capabilities. */
public interface UnitDirectory {

	Optional<UnitView> find(long id);

	long count();

	/**
	 * Approved units whose name contains the query or whose credit code starts with it, by name; at most
	 * {@code limit}. Pending and rejected units are never offered.
	 */
	List<UnitView> searchApproved(String query, int limit);

	/** Whether a unit of any status holds the code (normalised, upper case); the code is unique among all units. */
	boolean creditCodeTaken(String creditCode);

	/**
	 * The approved units of the given regions as a tree for choosing a supervising unit (主管单位): each unit is
	 * followed by the units it supervises, siblings by name. A unit whose supervisor lies outside the regions is a
	 * root. At most {@code limit} units are read, so a very large city shows a partial tree rather than a slow page.
	 */
	List<UnitTreeEntry> approvedTree(Collection<Long> regionIds, int limit);

	/** Approved non-public intake points (非公人事管理单位 / 非公职称申报点), by region and name. */
	List<UnitView> nonPublicIntakePoints();

	/** Everything about one unit that its officers and approvers see, with the version an edit must carry. */
	Optional<UnitProfile> profile(long id);

}

package cn.zhicheng.portal.unit;

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

}

package cn.zhicheng.portal.region;

import java.util.List;
import java.util.Optional;

/** Looks up administrative divisions; read-only for other capabilities. */
public interface RegionDirectory {

	Optional<RegionView> find(long id);

	Optional<RegionView> findByCode(String code);

	/** The divisions directly below one, ordered by code; the provinces when {@code parentId} is empty. */
	List<RegionView> children(Optional<Long> parentId);

	/** The division and every one above it, nearest first (县 → 市 → 省). */
	List<RegionView> lineage(long id);

}

package cn.zhicheng.portal.region.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.cache.annotation.Cacheable;

@Service
@Transactional(readOnly = true)
class RegionDirectoryService implements RegionDirectory {

	/** Province > city > county: a lineage is never longer, so a corrupt parent loop cannot spin forever. */
	private static final int MAX_DEPTH = 3;

	// Divisions come from migrations only and never change while the portal runs, so nothing evicts these (#9).
	private static final String REGION = "region:region";

	private static final String CHILDREN = "region:children";

	private static final String LINEAGE = "region:lineage";

	private final RegionRepository regions;

	RegionDirectoryService(RegionRepository regions) {
		this.regions = regions;
	}

	@Override
	@Cacheable(REGION)
	public Optional<RegionView> find(long id) {
		return regions.findById(id).map(Region::toView);
	}

	@Override
	public Optional<RegionView> findByCode(String code) {
		return regions.findByCode(code).map(Region::toView);
	}

	@Override
	@Cacheable(CHILDREN)
	public List<RegionView> children(Optional<Long> parentId) {
		List<Region> found = parentId.map(regions::findByParentIdOrderByCode)
			.orElseGet(regions::findByParentIdIsNullOrderByCode);
		return found.stream().map(Region::toView).toList();
	}

	@Override
	@Cacheable(LINEAGE)
	public List<RegionView> lineage(long id) {
		List<RegionView> lineage = new ArrayList<>();
		Optional<Region> current = regions.findById(id);
		while (current.isPresent() && lineage.size() < MAX_DEPTH) {
			Region region = current.get();
			lineage.add(region.toView());
			current = Optional.ofNullable(region.parentId()).flatMap(regions::findById);
		}
		return lineage;
	}

}

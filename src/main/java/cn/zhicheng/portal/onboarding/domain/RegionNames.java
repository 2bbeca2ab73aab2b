package cn.zhicheng.portal.onboarding.domain;

import java.util.stream.Collectors;

import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;

import org.springframework.stereotype.Component;

/** A region as units are placed in lists: 广州市 番禺区, the city then the county, without the shared province. */
@Component
public class RegionNames {

	private final RegionDirectory regions;

	RegionNames(RegionDirectory regions) {
		this.regions = regions;
	}

	public String of(long regionId) {
		return regions.lineage(regionId)
			.reversed()
			.stream()
			.filter(region -> region.parentId() != null)
			.map(RegionView::name)
			.collect(Collectors.joining(" "));
	}

}

package cn.zhicheng.portal.region.web;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public lookup of divisions, for forms that pick a city and county. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "行政区划 administrative divisions")
class RegionApiController {

	private final RegionDirectory regions;

	RegionApiController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "Divisions below a parent, or the provinces when no parent is given")
	List<RegionView> children(@RequestParam Optional<Long> parentId) {
		return regions.children(parentId);
	}

}

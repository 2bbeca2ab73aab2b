package cn.zhicheng.portal.onboarding.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.onboarding.domain.RegionNames;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 找不到我的单位? Tells a person whose unit is not in the portal how the unit registers, and points people from private
 * firms, social organisations and freelancers to the non-public intake point of their county or city (DOMAIN.md
 * §7.1 step 2: 非公 applicants file through the 非公职称申报点).
 */
@Controller
class RegistrationHelpController {

	static final String VIEW = "onboarding/register-help";

	private final UnitDirectory units;

	private final RegionNames regionNames;

	RegistrationHelpController(UnitDirectory units, RegionNames regionNames) {
		this.units = units;
		this.regionNames = regionNames;
	}

	@GetMapping("/units/register/help")
	String help(Model model) {
		Map<String, List<UnitView>> byRegion = new LinkedHashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (UnitView point : units.nonPublicIntakePoints()) {
			String region = names.computeIfAbsent(point.regionId(), regionNames::of);
			byRegion.computeIfAbsent(region, name -> new ArrayList<>()).add(point);
		}
		model.addAttribute("intakePoints", byRegion);
		return VIEW;
	}

}

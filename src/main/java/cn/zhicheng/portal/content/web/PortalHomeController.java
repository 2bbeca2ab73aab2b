package cn.zhicheng.portal.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what the portal does and where each visitor starts. */
@Controller
class PortalHomeController {

	@GetMapping("/")
	String index() {
		return "content/index";
	}

}

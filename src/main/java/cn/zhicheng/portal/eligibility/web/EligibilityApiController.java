package cn.zhicheng.portal.eligibility.web;

import cn.zhicheng.portal.eligibility.Eligibility;
import cn.zhicheng.portal.eligibility.EligibilityRequest;
import cn.zhicheng.portal.eligibility.EligibilityResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public 资格与年限 calculator (issue 5 part 4). Anyone may call it, but it is a POST and CSRF stays on: the
 * portal's own pages call it with the token in the {@code X-CSRF-TOKEN} header, as every other form does.
 */
@RestController
@RequestMapping("/api/v1/eligibility")
@Tag(name = "eligibility", description = "申报资格与年限计算：广东省工程系列评审 (逐级、2021年度起的资历计算) 与初次职称考核认定")
@ApiResponse(responseCode = "400", description = "missing or malformed fields, each named in errors",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class EligibilityApiController {

	private final Eligibility eligibility;

	EligibilityApiController(Eligibility eligibility) {
		this.eligibility = eligibility;
	}

	@PostMapping
	@Operation(summary = "Whether an applicant may apply for a level in a review year, by which route and rule, "
			+ "from when 资历 counts, the cut-off and the window in which achievements count")
	EligibilityResult assess(@Valid @RequestBody EligibilityRequest request) {
		return eligibility.assess(request);
	}

}

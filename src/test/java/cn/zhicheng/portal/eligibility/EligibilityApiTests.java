package cn.zhicheng.portal.eligibility;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** {@code POST /api/v1/eligibility}: open to anyone with the CSRF token, the JSON contract, and problem details. */
@PortalTest
class EligibilityApiTests {

	private static final String EVALUATION = """
			{"applicationType": "EVALUATION", "series": "ENGINEERING", "targetLevel": "INTERMEDIATE",
			 "reviewYear": 2024,
			 "education": {"level": "BACHELOR", "fullTime": true, "graduatedOn": "2016-07-01",
			               "engineeringProfessionalDegree": false},
			 "workStartedOn": "2016-07-15",
			 "currentTitle": {"level": "ASSISTANT", "obtainedBy": "EVALUATION", "obtainedOn": "2020-09-01",
			                  "evaluationYear": 2020}}
			""";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anEvaluationIsAnsweredInTheContractsShape() {
		assertThat(post(EVALUATION)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"eligible": true, "route": "NORMAL", "seniorityFrom": "2020-01-01", "cutoff": "2024-12-31",
					 "requiredYears": 4, "earliestReviewYear": 2023,
					 "materialsWindow": {"from": "2020-09-01", "to": "2024-12-31"}, "reasons": []}
					""")
			.hasPathSatisfying("$.rule", rule -> assertThat(rule).asString().contains("本科", "工程师", "DOMAIN.md §2.2"))
			.doesNotHavePath("$.grantableLevel");
	}

	@Test
	void anInitialRecognitionNamesTheGrantableLevel() {
		assertThat(post("""
				{"applicationType": "INITIAL_RECOGNITION", "targetLevel": "ASSISTANT", "asOf": "2025-08-01",
				 "education": {"level": "MASTER", "fullTime": true, "graduatedOn": "2025-06-30"},
				 "workStartedOn": "2025-07-15", "currentTitle": null}
				""")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"eligible": true, "route": "NORMAL", "grantableLevel": "ASSISTANT", "requiredYears": 0,
					 "seniorityFrom": "2025-07-15", "cutoff": "2025-08-01", "reasons": []}
					""");
	}

	@Test
	void aMissingReviewYearIsNamed() {
		assertThat(post(EVALUATION.replace("\"reviewYear\": 2024,", ""))).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo(400))
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("reviewYear"))
			.hasPathSatisfying("$.errors[*].field", fields -> assertThat(fields).asList().containsExactly("reviewYear"))
			.hasPathSatisfying("$.errors[0].message", message -> assertThat(message).isEqualTo("必须填写"));
	}

	@Test
	void theEndpointIsInTheOpenApiDocument() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.hasPath("$.paths['/api/v1/eligibility'].post");
	}

	@Test
	void everyMissingFieldIsNamed() {
		assertThat(post("{\"applicationType\": \"EVALUATION\", \"education\": {}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field", fields -> assertThat(fields).asList()
				.contains("education.fullTime", "education.level", "reviewYear", "targetLevel", "workStartedOn"));
	}

	@Test
	void aMalformedDateIsNamed() {
		assertThat(post(EVALUATION.replace("\"2016-07-15\"", "\"2016-7-15\""))).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("workStartedOn"))
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("workStartedOn"));
	}

	/** Found by fuzzing (issue #10): year +999,999,999 parses as a date and overflowed the engine's counting. */
	@Test
	void aDateOutsideTheRulesYearsIsNamedNotAnError() {
		String farFuture = EVALUATION.replace("\"2016-07-15\"", "\"+999999999-12-31\"");
		assertThat(post(farFuture)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("workStartedOn"))
			.hasPathSatisfying("$.errors[0].message",
					message -> assertThat(message).isEqualTo("日期须在 1900-01-01 至 2100-12-31 之间"));
	}

	@Test
	void anUnknownLevelIsNamed() {
		assertThat(post(EVALUATION.replace("\"level\": \"ASSISTANT\"", "\"level\": \"CHIEF\"")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("currentTitle.level"));
	}

	@Test
	void withoutTheCsrfTokenThePostIsRefused() {
		assertThat(mvc.post().uri("/api/v1/eligibility").contentType(MediaType.APPLICATION_JSON).content(EVALUATION))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult post(String json) {
		return mvc.post()
			.uri("/api/v1/eligibility")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}

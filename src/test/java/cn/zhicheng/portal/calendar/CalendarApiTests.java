package cn.zhicheng.portal.calendar;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The public JSON API: its shapes, and problem details for unloaded years and malformed input. */
@PortalTest
class CalendarApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aDayAnswersWhetherItIsWorkedAndWhy() {
		assertThat(mvc.get().uri("/api/v1/calendar/days/2024-02-09")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("{\"date\":\"2024-02-09\",\"workingDay\":true,\"kind\":\"WORKDAY\"}");
		assertThat(mvc.get().uri("/api/v1/calendar/days/2024-02-18")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"date\":\"2024-02-18\",\"workingDay\":true,\"kind\":\"ADJUSTED_WORKDAY\"}");
		assertThat(mvc.get().uri("/api/v1/calendar/days/2025-10-08")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"date\":\"2025-10-08\",\"workingDay\":false,\"kind\":\"HOLIDAY\"}");
		assertThat(mvc.get().uri("/api/v1/calendar/days/2026-03-07")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"date\":\"2026-03-07\",\"workingDay\":false,\"kind\":\"WEEKEND\"}");
	}

	@Test
	void aPublicNoticeRunsFiveWorkingDaysUnlessToldOtherwise() {
		assertThat(mvc.get().uri("/api/v1/calendar/public-notice").param("start", "2024-02-08")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"start\":\"2024-02-08\",\"end\":\"2024-02-20\",\"workingDays\":5}");
		assertThat(mvc.get().uri("/api/v1/calendar/public-notice").param("start", "2025-09-30")
			.param("workingDays", "7")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"start\":\"2025-09-30\",\"end\":\"2025-10-15\",\"workingDays\":7}");
	}

	@Test
	void workingDaysBetweenIncludeBothEnds() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-days").param("from", "2024-02-01").param("to",
				"2024-02-29")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"from\":\"2024-02-01\",\"to\":\"2024-02-29\",\"workingDays\":18}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/calendar/days/2023-12-29", "/api/v1/calendar/days/2027-01-04",
			"/api/v1/calendar/public-notice?start=2026-12-28",
			"/api/v1/calendar/working-days?from=2026-12-01&to=2027-01-31" })
	void aYearWithoutANoticeIsRefusedInChinese(String uri) {
		String year = uri.contains("2023") ? "2023" : "2027";
		assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString()
				.isEqualTo(year + " 年的工作日历尚未载入，无法计算该日期。"))
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo(422))
			.hasPathSatisfying("$.year", value -> assertThat(value).isEqualTo(Integer.valueOf(year)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/calendar/days/2024-2-9", "/api/v1/calendar/days/2024-02-30",
			"/api/v1/calendar/days/yesterday", "/api/v1/calendar/public-notice?start=20240208",
			"/api/v1/calendar/public-notice", "/api/v1/calendar/public-notice?start=2024-02-08&workingDays=0",
			"/api/v1/calendar/public-notice?start=2024-02-08&workingDays=61",
			"/api/v1/calendar/public-notice?start=2024-02-08&workingDays=five",
			"/api/v1/calendar/working-days?from=2024-03-02&to=2024-03-01",
			"/api/v1/calendar/working-days?from=2024-03-01" })
	void malformedRequestsGetProblemDetails(String uri) {
		assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo(400))
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().isNotBlank());
	}

	@Test
	void aMalformedDateIsExplainedInChinese() {
		assertThat(mvc.get().uri("/api/v1/calendar/days/2024-2-9")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("yyyy-MM-dd"));
	}

}

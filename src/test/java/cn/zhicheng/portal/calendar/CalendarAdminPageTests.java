package cn.zhicheng.portal.calendar;

import java.time.LocalDate;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 工作日历 upkeep. Changes go to years far from the published ones (2098, 2099), which the other calendar tests never
 * read, so the shared context stays true to the notices.
 */
@PortalTest
class CalendarAdminPageTests {

	private static final String PAGE = "/admin/calendar";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void administratorsSeeAYearsExceptionsAndItsNotice() {
		assertThat(mvc.get().uri(PAGE).param("year", "2024").with(user(admin()))).hasStatusOk()
			.bodyText()
			.contains("工作日历", "2024 年的节假日与调休上班日", "国办发明电〔2023〕7号", "2024-02-18", "调休上班", "春节");
	}

	@Test
	void otherRolesAreRefused() {
		assertThat(mvc.get().uri(PAGE).with(user("x").roles("APPLICANT"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/years").with(user("x").roles("APPLICANT")).with(csrf())
			.param("year", "2097").param("source", "x").param("lines", "2097-01-01,HOLIDAY,元旦"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(calendar.isLoaded(2097)).isFalse();
	}

	@Test
	void oneBadLineSavesNothingAndIsReportedByNumber() {
		assertThat(mvc.post().uri(PAGE + "/years").with(user(admin())).with(csrf())
			.param("year", "2098")
			.param("source", "测试通知")
			.param("lines", "2098-01-01,HOLIDAY,元旦\n\n2098-02-30,HOLIDAY,春节\n2098-05-01,HOLIDAY,劳动节"))
			.hasStatusOk()
			.bodyText()
			.contains("第 3 行：日期无效");
		assertThat(calendar.isLoaded(2098)).isFalse();
	}

	@Test
	void aYearIsLoadedEditedAndNotLoadedTwiceWithoutReplace() {
		assertThat(mvc.post().uri(PAGE + "/years").with(user(admin())).with(csrf())
			.param("year", "2099")
			.param("source", "测试通知 2099")
			.param("lines", "2099-01-01,HOLIDAY,元旦\n2099-01-03,ADJUSTED_WORKDAY,元旦"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/calendar?year=2099");
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 1))).isEqualTo(DayKind.HOLIDAY);
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 3))).isEqualTo(DayKind.ADJUSTED_WORKDAY);

		assertThat(mvc.post().uri(PAGE + "/years").with(user(admin())).with(csrf())
			.param("year", "2099").param("source", "again").param("lines", "2099-01-02,HOLIDAY,元旦"))
			.hasStatusOk()
			.bodyText()
			.contains("2099 年的工作日历已载入");
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 2))).isEqualTo(DayKind.WORKDAY);

		assertThat(mvc.post().uri(PAGE + "/days").with(user(admin())).with(csrf())
			.param("day", "2099-01-02").param("kind", "HOLIDAY").param("name", "元旦"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 2))).isEqualTo(DayKind.HOLIDAY);

		assertThat(mvc.post().uri(PAGE + "/days/2099-01-02/delete").with(user(admin())).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 2))).isEqualTo(DayKind.WORKDAY);

		assertThat(mvc.post().uri(PAGE + "/years").with(user(admin())).with(csrf())
			.param("year", "2099").param("source", "替换").param("replace", "true")
			.param("lines", "2099-01-02,HOLIDAY,元旦"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 1))).isEqualTo(DayKind.WORKDAY);
		assertThat(calendar.kindOf(LocalDate.of(2099, 1, 2))).isEqualTo(DayKind.HOLIDAY);
	}

	@Test
	void aDayOutsideALoadedYearIsRefusedBesideTheField() {
		assertThat(mvc.post().uri(PAGE + "/days").with(user(admin())).with(csrf())
			.param("day", "2027-01-01").param("kind", "HOLIDAY").param("name", "元旦"))
			.hasStatusOk()
			.bodyText()
			.contains("2027 年的工作日历尚未载入，请先载入该年份");
		assertThat(calendar.isLoaded(2027)).isFalse();
	}

	private UserDetails admin() {
		return userDetails.loadUserByUsername("demo-admin");
	}

}

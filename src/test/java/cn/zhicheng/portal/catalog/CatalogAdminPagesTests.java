package cn.zhicheng.portal.catalog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.region.RegionDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The administrators' catalog, committee and routing pages: who may open them, and a committee window's save. */
@PortalTest
class CatalogAdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CommitteeDirectory committees;

	@Autowired
	RegionDirectory regions;

	@Autowired
	Catalog catalog;

	@Autowired
	Routing routing;

	@ParameterizedTest
	@ValueSource(strings = { "/admin/catalog", "/admin/committees", "/admin/routing" })
	void nonAdministratorsAreRefused(String path) {
		assertThat(mvc.get().uri(path).with(user("x").roles("APPLICANT"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(path + "/1").param("name", "x").with(user("x").roles("APPLICANT")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aCommitteeEditPageIsRefusedToNonAdministrators() {
		assertThat(mvc.get().uri("/admin/committees/{id}", juniorCommittee()).with(user("x").roles("APPLICANT")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void administratorsSeeTheTreeTheCommitteesAndTheRules() {
		Document tree = page(mvc.get().uri("/admin/catalog").with(user(admin())).exchange());
		assertThat(tree.text()).contains("工程技术人员");
		// Names sit in their rename fields.
		assertThat(tree.select("input[name=name]").eachAttr("value")).contains("生态环境工程", "生态环境监测", "建筑施工");
		assertThat(page(mvc.get().uri("/admin/committees").with(user(admin())).exchange()).text())
			.contains("清远市工程系列生态环境专业初级职称评审委员会");
		assertThat(page(mvc.get().uri("/admin/routing").with(user(admin())).exchange()).text())
			.contains("市人社局报送省级评委会", "全部层级");
		Document edit = page(mvc.get().uri("/admin/committees/{id}", juniorCommittee()).with(user(admin())).exchange());
		assertThat(edit.select("input[name=specialtyIds][checked]")).hasSize(3);
		assertThat(edit.text()).contains("2026-01-05", "5 个工作日内可补正");
	}

	@Test
	void aWindowClosingBeforeItOpensIsRefusedBesideTheClosingDate() {
		MvcTestResult result = mvc.post().uri("/admin/committees/{id}/windows", juniorCommittee())
			.param("reviewYear", "2098").param("opensOn", "2099-03-31").param("closesOn", "2099-01-05")
			.with(user(admin())).with(csrf()).exchange();
		Document page = page(result);
		assertThat(page.select("#closesOn-error").text()).isEqualTo("截止受理日期不能早于开始受理日期。");
		assertThat(page.select("#closesOn").attr("aria-invalid")).isEqualTo("true");
		assertThat(committees.windows(juniorCommittee())).noneMatch(window -> window.reviewYear() == 2098);
	}

	@Test
	void aValidWindowIsSavedAndShown() {
		assertThat(mvc.post().uri("/admin/committees/{id}/windows", juniorCommittee())
			.param("reviewYear", "2099").param("opensOn", "2100-01-04").param("closesOn", "2100-03-31")
			.param("amendmentsAllowed", "true").param("amendmentWorkingDays", "3")
			.with(user(admin())).with(csrf())).hasStatus3xxRedirection();
		assertThat(committees.windows(juniorCommittee())).filteredOn(window -> window.reviewYear() == 2099)
			.singleElement()
			.satisfies(window -> {
				assertThat(window.opensOn()).isEqualTo(LocalDate.of(2100, 1, 4));
				assertThat(window.closesOn()).isEqualTo(LocalDate.of(2100, 3, 31));
				assertThat(window.amendmentWorkingDays()).isEqualTo(3);
			});
	}

	@Test
	void aCommitteeIsSavedWithItsSpecialtiesAndOfficeContact() {
		Document edit = page(mvc.get().uri("/admin/committees/{id}", juniorCommittee()).with(user(admin())).exchange());
		String version = edit.select("input[name=version]").first().attr("value");
		var request = mvc.post().uri("/admin/committees/{id}", juniorCommittee())
			.param("name", "清远市工程系列生态环境专业初级职称评审委员会").param("jurisdiction", "CITY")
			.param("seriesId", edit.select("#seriesId option[selected]").attr("value"))
			.param("lowestLevel", "STAFF").param("highestLevel", "ASSISTANT")
			.param("officeName", "清远市工程系列生态环境专业初级职称评审委员会办公室").param("officePhone", "0763-1234567")
			.param("version", version);
		edit.select("input[name=specialtyIds][checked]").forEach(box -> request.param("specialtyIds", box.attr("value")));
		assertThat(request.with(user(admin())).with(csrf())).hasStatus3xxRedirection();
		Document saved = page(mvc.get().uri("/admin/committees/{id}", juniorCommittee()).with(user(admin())).exchange());
		assertThat(saved.select("#officePhone").attr("value")).isEqualTo("0763-1234567");
		assertThat(saved.select("input[name=specialtyIds][checked]")).hasSize(3);
		assertThat(saved.select("input[name=version]").first().attr("value")).isNotEqualTo(version);
	}

	@Test
	void aStaleCommitteeEditIsRefused() {
		MvcTestResult result = mvc.post().uri("/admin/committees/{id}", juniorCommittee())
			.param("name", "清远市工程系列生态环境专业初级职称评审委员会").param("jurisdiction", "CITY")
			.param("lowestLevel", "STAFF").param("highestLevel", "ASSISTANT")
			.param("officeName", "清远市工程系列生态环境专业初级职称评审委员会办公室").param("version", "-1")
			.with(user(admin())).with(csrf()).exchange();
		assertThat(page(result).text()).contains("他人已修改此内容");
	}

	@Test
	void aSpecialtyIsAddedAndTheSameNameTwiceIsRefusedBesideItsField() {
		FieldView ai = catalog.series()
			.stream()
			.flatMap(series -> catalog.fields(series.id()).stream())
			.filter(field -> field.name().equals("人工智能"))
			.findFirst()
			.orElseThrow();
		String name = "智能测试" + System.nanoTime() % 100_000;
		assertThat(mvc.post().uri("/admin/catalog/fields/{id}/specialties", ai.id()).param("name", name)
			.with(user(admin())).with(csrf())).hasStatus3xxRedirection().flash().containsEntry("doneKey", "catalog.saved");
		assertThat(catalog.specialties(ai.id())).extracting(SpecialtyView::name).contains(name);
		assertThat(mvc.post().uri("/admin/catalog/fields/{id}/specialties", ai.id()).param("name", name)
			.with(user(admin())).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("errorKey", "catalog.name.taken")
			.containsEntry("errorTarget", "add-specialty-" + ai.id());
	}

	@Test
	void aRuleDestinationIsChangedAndAStaleChangeIsRefused() {
		RoutingRuleView rule = routing.rules()
			.stream()
			.filter(found -> found.applicationKind() == ApplicationKind.CERTIFICATE_REISSUE)
			.findFirst()
			.orElseThrow();
		assertThat(mvc.post().uri("/admin/routing/{id}", rule.id()).param("version", String.valueOf(rule.version()))
			.param("destination", "CITY_COMMITTEE").with(user(admin())).with(csrf())).hasStatus3xxRedirection();
		try {
			assertThat(routing.destinationFor("CERTIFICATE_REISSUE", TitleLevel.STAFF))
				.isEqualTo(Destination.CITY_COMMITTEE);
			assertThat(mvc.post().uri("/admin/routing/{id}", rule.id()).param("version", String.valueOf(rule.version()))
				.param("destination", "CITY_BUREAU_TO_PROVINCE").with(user(admin())).with(csrf()))
				.flash()
				.containsEntry("errorKey", "catalog.stale");
		}
		finally {
			assertThat(mvc.post().uri("/admin/routing/{id}", rule.id())
				.param("version", String.valueOf(rule.version() + 1)).param("destination", "CITY_BUREAU")
				.with(user(admin())).with(csrf())).hasStatus3xxRedirection();
		}
		assertThat(routing.destinationFor("CERTIFICATE_REISSUE", TitleLevel.STAFF)).isEqualTo(Destination.CITY_BUREAU);
	}

	private long juniorCommittee() {
		long qingyuan = regions.findByCode("441800").orElseThrow().id();
		return committees.inRegion(qingyuan)
			.stream()
			.filter(committee -> committee.name().equals("清远市工程系列生态环境专业初级职称评审委员会"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private UserDetails admin() {
		return users.loadUserByUsername("demo-admin");
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

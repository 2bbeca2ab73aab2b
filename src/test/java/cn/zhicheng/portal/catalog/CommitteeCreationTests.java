package cn.zhicheng.portal.catalog;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** 新建评委会: a committee is set up for a region that fits its jurisdiction, under a name no other committee has. */
@PortalTest
class CommitteeCreationTests {

	private static final String DEMO_COMMITTEE = "清远市工程系列生态环境专业初级职称评审委员会";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeDirectory committees;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UserDetailsService users;

	@Test
	void theListLinksToTheNewCommitteePage() {
		Document list = page(mvc.get().uri("/admin/committees").with(admin()).exchange());
		assertThat(list.select("a[href=/admin/committees/new]").text()).isEqualTo("新建评委会");
		Document form = page(mvc.get().uri("/admin/committees/new").with(admin()).exchange());
		assertThat(form.select("#regionId option").eachText()).contains("广东省", "清远市");
	}

	@Test
	void aCityCommitteeIsCreatedForQingyuanAndListed() {
		String name = "清远市测试评委会" + System.nanoTime() % 1_000_000;
		MvcTestResult result = create(name, "CITY", qingyuan().id()).exchange();
		assertThat(result).hasStatus3xxRedirection();
		CommitteeView created = committees.inRegion(qingyuan().id())
			.stream()
			.filter(committee -> committee.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(result).redirectedUrl().isEqualTo("/admin/committees/" + created.id());
		assertThat(created.lowestLevel()).isEqualTo(TitleLevel.STAFF);
		assertThat(created.highestLevel()).isEqualTo(TitleLevel.ASSISTANT);
		assertThat(page(mvc.get().uri("/admin/committees").with(admin()).exchange()).text()).contains(name);
	}

	@Test
	void aCityCommitteeForTheProvinceIsRefusedBesideTheRegion() {
		String name = "省域测试评委会" + System.nanoTime() % 1_000_000;
		long province = regions.find(qingyuan().parentId()).orElseThrow().id();
		Document page = page(create(name, "CITY", province).exchange());
		assertThat(page.select("#regionId-error").text()).isEqualTo("市级评委会须选择地级市，不能选择省。");
		assertThat(page.select("#regionId").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#name").attr("value")).isEqualTo(name);
		assertThat(committees.all()).noneMatch(committee -> committee.name().equals(name));
	}

	@Test
	void aTakenNameIsRefusedBesideTheName() {
		Document page = page(create(DEMO_COMMITTEE, "CITY", qingyuan().id()).exchange());
		assertThat(page.select("#name-error").text()).isEqualTo("已有同名评委会。");
		assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
		assertThat(committees.all()).filteredOn(committee -> committee.name().equals(DEMO_COMMITTEE)).hasSize(1);
	}

	@Test
	void nonAdministratorsCannotOpenOrPostTheNewCommitteePage() {
		RequestPostProcessor applicant = user("x").roles("APPLICANT");
		assertThat(mvc.get().uri("/admin/committees/new").with(applicant)).hasStatus(HttpStatus.FORBIDDEN);
		String name = "越权测试评委会" + System.nanoTime() % 1_000_000;
		assertThat(create(name, "CITY", qingyuan().id()).with(applicant)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(committees.all()).noneMatch(committee -> committee.name().equals(name));
	}

	@Test
	void renamingACommitteeToATakenNameIsRefusedBesideTheName() {
		String name = "改名测试评委会" + System.nanoTime() % 1_000_000;
		create(name, "CITY", qingyuan().id()).exchange();
		CommitteeView created = committees.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
		Document edit = page(mvc.get().uri("/admin/committees/{id}", created.id()).with(admin()).exchange());
		String version = edit.select("input[name=version]").attr("value");
		Document page = page(mvc.post().uri("/admin/committees/{id}", created.id())
			.param("name", DEMO_COMMITTEE).param("jurisdiction", "CITY")
			.param("lowestLevel", "STAFF").param("highestLevel", "ASSISTANT")
			.param("officeName", name + "办公室").param("version", version)
			.with(admin()).with(csrf()).exchange());
		assertThat(page.select("#name-error").text()).isEqualTo("已有同名评委会。");
		assertThat(committees.all()).filteredOn(committee -> committee.name().equals(DEMO_COMMITTEE)).hasSize(1);
	}

	@Test
	void theCommitteesAreOfferedByName() {
		assertThat(committees.all()).extracting(CommitteeView::name).contains(DEMO_COMMITTEE);
	}

	private MockMvcRequestBuilder create(String name, String jurisdiction, long regionId) {
		return mvc.post().uri("/admin/committees/new")
			.param("name", name).param("jurisdiction", jurisdiction).param("regionId", String.valueOf(regionId))
			.param("lowestLevel", "STAFF").param("highestLevel", "ASSISTANT")
			.param("officeName", name + "办公室").param("officePhone", "0763-7654321")
			.with(admin()).with(csrf());
	}

	private RegionView qingyuan() {
		return regions.findByCode("441800").orElseThrow();
	}

	/** The layout greets a PortalUser by name, so the demo administrator is loaded rather than a bare user. */
	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername("demo-admin"));
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

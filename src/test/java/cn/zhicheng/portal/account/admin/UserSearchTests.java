package cn.zhicheng.portal.account.admin;

import java.util.List;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.validation.Masking;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static cn.zhicheng.portal.account.admin.AdminFixtures.PASSWORD;
import static cn.zhicheng.portal.account.admin.AdminFixtures.idOf;
import static cn.zhicheng.portal.account.admin.AdminFixtures.page;
import static cn.zhicheng.portal.account.admin.AdminFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** 用户管理's search: prefixes of username or name, the role filter, 20 to a page in id order, masked mobiles. */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserSearchTests {

	private static final int CREATED = 25;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	private String usernamePrefix;

	private String namePrefix;

	/** 25 accounts under one prefix: every fifth a county reviewer, the rest applicants. */
	@BeforeAll
	void manyAccounts() {
		usernamePrefix = unique("find");
		namePrefix = "检索" + usernamePrefix.substring(4);
		for (int i = 0; i < CREATED; i++) {
			Role role = i % 5 == 0 ? Role.COUNTY_REVIEWER : Role.APPLICANT;
			accounts.createIfAbsent(new NewAccount(usernamePrefix + "-" + i, PASSWORD, namePrefix + "号" + i, role,
					null, null));
		}
	}

	@Test
	void aUsernamePrefixFindsItsAccountsTwentyToAPage() {
		Document first = search("q", usernamePrefix.toUpperCase());
		List<String> firstPage = usernames(first);
		assertThat(firstPage).hasSize(20).allMatch(name -> name.startsWith(usernamePrefix));
		Element next = first.selectFirst("a[rel=next]");
		assertThat(next).isNotNull();
		assertThat(next.text()).isEqualTo("下一页");

		Document second = search("q", usernamePrefix, "after", after(next));
		List<String> secondPage = usernames(second);
		assertThat(secondPage).hasSize(CREATED - 20).doesNotContainAnyElementsOf(firstPage);
		assertThat(second.selectFirst("a[rel=next]")).isNull();
		assertThat(ids(first).getLast()).isLessThan(ids(second).getFirst());
	}

	@Test
	void aNamePrefixFindsTheSameAccounts() {
		Document first = search("q", namePrefix);
		assertThat(usernames(first)).hasSize(20);
		Document second = search("q", namePrefix, "after", after(first.selectFirst("a[rel=next]")));
		assertThat(usernames(second)).hasSize(CREATED - 20);
	}

	@Test
	void theRoleFilterKeepsOnlyThatRole() {
		Document page = search("q", usernamePrefix, "role", "COUNTY_REVIEWER");
		assertThat(usernames(page)).hasSize(CREATED / 5);
		assertThat(page.select("tbody tr td:nth-child(3)").eachText()).containsOnly("县（市、区）人社审核员");
		assertThat(page.selectFirst("a[rel=next]")).isNull();
		assertThat(page.selectFirst("#role option[selected]").attr("value")).isEqualTo("COUNTY_REVIEWER");
	}

	@Test
	void theRoleFilterAloneListsThatRoleInIdOrder() {
		Document page = search("role", "ADMIN");
		assertThat(usernames(page)).contains("demo-admin");
		assertThat(ids(page)).isSorted();
	}

	@Test
	void wildcardsInTheQueryAreTakenLiterally() {
		assertThat(usernames(search("q", "%"))).isEmpty();
		assertThat(usernames(search("q", "_"))).isEmpty();
	}

	@Test
	void noMatchSaysSo() {
		Document page = search("q", "nobody-" + usernamePrefix);
		assertThat(page.select("table")).isEmpty();
		assertThat(page.text()).contains("没有符合条件的账户");
	}

	@Test
	void mobilesAreMaskedOnTheListAndTheAccountPage() {
		String username = unique("mobile");
		String mobile = AdminFixtures.randomMobile();
		accounts.createIfAbsent(new NewAccount(username, PASSWORD, "手机测试", Role.UNIT_HR, null, null, mobile));

		MvcTestResult list = mvc.get().uri("/admin/users").param("q", username).with(user(admin())).exchange();
		Document page = page(list);
		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.selectFirst("tbody tr td.masked").text()).isEqualTo(Masking.mobile(mobile))
			.isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
		assertThat(page.html()).doesNotContain(mobile);

		Document detail = page(mvc.get().uri("/admin/users/{id}", idOf(users, username)).with(user(admin())).exchange());
		assertThat(detail.text()).contains(Masking.mobile(mobile)).doesNotContain(mobile);
	}

	@Test
	void aRowShowsTheJurisdictionAndLinksToTheAccount() {
		Document page = search("q", "demo-county");
		Element row = page.selectFirst("tbody tr");
		assertThat(row.text()).contains("demo-county", "黄志强", "清城区", "启用");
		assertThat(row.selectFirst("a").attr("href")).isEqualTo("/admin/users/" + idOf(users, "demo-county"));
		assertThat(search("q", "demo-unit").selectFirst("tbody tr").text()).contains("清远市清城区环境监测站");
	}

	private Document search(String... params) {
		var request = mvc.get().uri("/admin/users").with(user(admin()));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return page(request.exchange());
	}

	private UserDetails admin() {
		return users.loadUserByUsername("demo-admin");
	}

	private static List<String> usernames(Document page) {
		return page.select("tbody tr td:first-child").eachText();
	}

	private static List<Long> ids(Document page) {
		return page.select("tbody tr a")
			.eachAttr("href")
			.stream()
			.map(href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1)))
			.toList();
	}

	private static String after(Element next) {
		String href = next.attr("href");
		return href.replaceAll(".*[?&]after=(\\d+).*", "$1");
	}

}

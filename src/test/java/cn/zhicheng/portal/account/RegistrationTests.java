package cn.zhicheng.portal.account;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.notification.NotificationInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** 个人用户注册 through its three steps, with every kind of bad input answered beside its field. */
@PortalTest
class RegistrationTests {

	private static final String PASSWORD = "Regist#2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	private MockHttpSession session;

	private int n;

	@BeforeEach
	void newVisitor() {
		session = new MockHttpSession();
		n = People.next();
	}

	@Test
	void aPersonRegistersInThreeStepsAndCanSignIn() {
		String username = People.username("reg", n);
		assertThat(accountStep(username, PASSWORD, PASSWORD, People.mobile(n))).redirectedUrl()
			.isEqualTo("/register/details");
		assertThat(detailsStep("张三", People.idNumber(n).toLowerCase(), "BACHELOR")).redirectedUrl()
			.isEqualTo("/register/security");
		assertThat(mvc.get().uri("/register/security").session(session)).bodyText()
			.contains("女")
			.contains("1990-05-")
			.contains("441802********")
			.doesNotContain(People.idNumber(n))
			.doesNotContain(People.mobile(n));
		assertThat(post("/register/code")).redirectedUrl().isEqualTo("/register/security");
		String code = People.lastCodeSentTo(inbox, People.mobile(n));
		assertThat(post("/register/complete", "code", code)).redirectedUrl().isEqualTo("/login?registered");

		assertThat(jdbc.queryForMap("select role, gender, birth_date, education from user_account "
				+ "where username = ?", username)).containsEntry("role", "APPLICANT")
			.containsEntry("gender", "FEMALE")
			.containsEntry("education", "BACHELOR");
		assertThat(numbers.idNumber(username)).isEqualTo(People.idNumber(n).toUpperCase());
		assertThat(mvc.post().uri("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/home");
	}

	@Test
	void everyAccountFieldExplainsWhatIsWrongAndKeepsWhatWasTyped() {
		MvcTestResult page = accountStep("1x", "short", "other", "1234");
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("用户名须为 4～32 位")
			.contains("密码强度不足：至少 8 位")
			.contains("手机")
			.contains("value=\"1x\"")
			.contains("value=\"1234\"")
			.contains("aria-invalid=\"true\"")
			.doesNotContain("value=\"short\"");
		assertThat(accountStep("", "", "", "")).bodyText()
			.contains("请填写用户名")
			.contains("请设置密码")
			.contains("请填写手机号码");
	}

	@Test
	void aPasswordTooLongForBcryptIsRefusedNotAServerError() {
		String long1 = "Aa1#" + "x".repeat(80);
		assertThat(accountStep(People.username("reg", n), long1, long1, People.mobile(n))).hasStatusOk()
			.bodyText()
			.contains("密码过长");
		assertThat(mvc.post().uri("/login").param("username", "demo-applicant").param("password", long1).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/login?error");
	}

	@Test
	void mismatchedConfirmationIsRefused() {
		assertThat(accountStep(People.username("reg", n), PASSWORD, PASSWORD + "x", People.mobile(n))).bodyText()
			.contains("两次输入的密码不一致");
	}

	@Test
	void aTakenUsernameOrMobileIsRefusedBesideItsField() {
		numbers.setMobile("demo-unit", People.mobile(n));
		assertThat(accountStep("demo-applicant", PASSWORD, PASSWORD, People.mobile(n))).bodyText()
			.contains("该用户名已被注册")
			.contains("该手机号已注册过账户");
		numbers.setMobile("demo-unit", null);
	}

	@Test
	void detailsCheckTheIdNumberByTheStandardAndRefuseATakenOne() {
		accountStep(People.username("reg", n), PASSWORD, PASSWORD, People.mobile(n));
		String valid = People.idNumber(n);
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		assertThat(detailsStep("李四", valid.substring(0, 17) + wrong, "MASTER")).hasStatusOk()
			.bodyText()
			.contains("校验码")
			.contains("value=\"李四\"");
		assertThat(detailsStep("李四", "441802199002300011", "MASTER")).bodyText().contains("出生日期");
		assertThat(detailsStep("", "", "")).bodyText()
			.contains("请填写真实姓名")
			.contains("请填写身份证号")
			.contains("请选择最高学历");
		assertThat(detailsStep("<script>", valid, "MASTER")).bodyText().contains("姓名只能包含汉字");

		numbers.setIdNumber("demo-county", valid);
		assertThat(detailsStep("李四", valid, "MASTER")).bodyText().contains("该身份证号已注册过账户");
		numbers.setIdNumber("demo-county", null);
	}

	@Test
	void aWrongCodeIsRefusedAndNothingIsCreated() {
		String username = People.username("reg", n);
		accountStep(username, PASSWORD, PASSWORD, People.mobile(n));
		detailsStep("王五", People.idNumber(n), "DOCTOR");
		post("/register/code");
		String code = People.lastCodeSentTo(inbox, People.mobile(n));
		String wrong = code.equals("000000") ? "111111" : "000000";
		assertThat(post("/register/complete", "code", wrong)).hasStatusOk().bodyText().contains("验证码不正确");
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, username))
			.isZero();
	}

	@Test
	void aSecondCodeWithinTheResendIntervalIsRefused() {
		accountStep(People.username("reg", n), PASSWORD, PASSWORD, People.mobile(n));
		detailsStep("赵六", People.idNumber(n), "BACHELOR");
		post("/register/code");
		MvcTestResult again = post("/register/code");
		assertThat(again).flash().containsEntry("codeSent", false);
	}

	@Test
	void goingBackKeepsWhatWasTypedAndSkippingAheadIsRedirected() {
		assertThat(mvc.get().uri("/register/security").session(session)).redirectedUrl().isEqualTo("/register");
		accountStep(People.username("reg", n), PASSWORD, PASSWORD, People.mobile(n));
		assertThat(mvc.get().uri("/register").session(session)).bodyText()
			.contains("value=\"" + People.username("reg", n) + "\"")
			.contains("已保存您之前输入的密码");
		// The kept password needs no retyping.
		assertThat(accountStep(People.username("reg", n), "", "", People.mobile(n))).redirectedUrl()
			.isEqualTo("/register/details");
	}

	private MvcTestResult accountStep(String username, String password, String confirm, String mobile) {
		return mvc.post().uri("/register/account").session(session).with(csrf()).param("username", username)
			.param("password", password).param("confirmPassword", confirm).param("mobile", mobile).exchange();
	}

	private MvcTestResult detailsStep(String name, String idNumber, String education) {
		return mvc.post().uri("/register/details").session(session).with(csrf()).param("realName", name)
			.param("idNumber", idNumber).param("education", education).exchange();
	}

	private MvcTestResult post(String path, String... params) {
		var request = mvc.post().uri(path).session(session).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}

package cn.zhicheng.portal.validation;

import java.nio.charset.StandardCharsets;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The live-check API as the form script calls it: anonymously, posted with the page's CSRF token, in Chinese by
 * default, never echoing the value.
 */
@PortalTest
class ValidationApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aValidIdNumberIsConfirmedWithBirthDateAndGenderButNotEchoed() {
		MvcTestResult result = check("id-number", "11010519491231002x");
		assertThat(result).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"valid": true, "message": "身份证号有效（出生日期 1949-12-31，性别 女）"}""");
		assertNotEchoed(result, "11010519491231002");
	}

	@Test
	void aWrongCheckCharacterIsExplainedInChinese() {
		MvcTestResult result = check("id-number", "110105194912310021");
		assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": false, "message": "身份证号第18位校验码不正确，请核对后重新输入"}""");
		assertNotEchoed(result, "110105194912310021");
	}

	@Test
	void anImpossibleBirthDateIsExplained() {
		assertThat(check("id-number", "440104199902301234")).bodyJson()
			.isStrictlyEqualTo("""
					{"valid": false, "message": "身份证号第7至14位的出生日期不是有效日期，请核对后重新输入"}""");
	}

	@Test
	void aMissingValueIsAnsweredAsEmptyNotWith400() {
		assertThat(mvc.post().uri("/api/v1/validation/id-number").with(csrf())).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": false, "message": "请输入身份证号"}""");
		assertThat(mvc.post().uri("/api/v1/validation/credit-code").with(csrf())).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": false, "message": "请输入统一社会信用代码"}""");
		assertThat(mvc.post().uri("/api/v1/validation/mobile").with(csrf())).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": false, "message": "请输入手机号码"}""");
	}

	@Test
	void creditCodes() {
		assertThat(check("credit-code", "91350100M000100Y43")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": true, "message": "统一社会信用代码有效"}""");
		assertThat(check("credit-code", "91350100M000100Y4A")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": false, "message": "统一社会信用代码第18位校验码不正确，请核对后重新输入"}""");
	}

	@Test
	void mobileNumbers() {
		MvcTestResult valid = check("mobile", "+86 138-1234-5678");
		assertThat(valid).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": true, "message": "手机号码格式正确"}""");
		assertNotEchoed(valid, "13812345678");
		MvcTestResult invalid = check("mobile", "12812345678");
		assertThat(invalid).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": false, "message": "手机号码应以1开头且第2位为3至9，请核对后重新输入"}""");
		assertNotEchoed(invalid, "12812345678");
	}

	@Test
	void englishOnRequest() {
		assertThat(mvc.post()
			.uri("/api/v1/validation/id-number")
			.with(csrf())
			.param("value", "110105194912310021")
			.param("lang", "en")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.startsWith("The check character (18th) of the ID number is wrong");
	}

	@Test
	void anonymousVisitorsMayCheck() {
		// No user on any request in this class; this one says so out loud.
		assertThat(check("credit-code", "12441802MB2D10003T")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.valid")
			.isEqualTo(true);
	}

	@Test
	void aNumberIsNeverTakenInTheAddress() {
		// A query string is written to access logs and kept by proxies and browser histories (issue #10).
		for (String kind : new String[] { "id-number", "mobile", "credit-code" }) {
			assertThat(mvc.get().uri("/api/v1/validation/" + kind).param("value", "13812345678"))
				.hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		}
	}

	@Test
	void theApiIsDocumented() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/validation/id-number", "/api/v1/validation/credit-code",
					"/api/v1/validation/mobile");
	}

	private MvcTestResult check(String kind, String value) {
		return mvc.post().uri("/api/v1/validation/" + kind).with(csrf()).param("value", value).exchange();
	}

	private static void assertNotEchoed(MvcTestResult result, String value) {
		assertThat(result.getResponse().getContentAsByteArray()).asString(StandardCharsets.UTF_8)
			.doesNotContain(value);
	}

}

package cn.zhicheng.portal.account;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * ID and mobile numbers: masked on every page that shows them, in full only after an officer's audited request for
 * a person of their own unit, never in the log. And the photo: checked by content, stored only when accepted.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	MutableClock clock;

	private int n;

	private String idNumber;

	private String mobile;

	private UserDetails person;

	@BeforeEach
	void aPersonOfTheDemoUnit() {
		n = People.next();
		idNumber = People.idNumber(n);
		mobile = People.mobile(n);
		String username = People.username("private", n);
		long unit = jdbc.queryForObject("select id from employer_unit where credit_code = '12441802MB2D10003T'",
				Long.class);
		accounts.createIfAbsent(new NewAccount(username, "Private#2026", "隐私" + n, Role.APPLICANT, unit, null, mobile));
		numbers.setIdNumber(username, idNumber);
		person = users.loadUserByUsername(username);
	}

	@Test
	void theProfileShowsTheNumbersMasked() {
		assertThat(mvc.get().uri("/applicant/profile").with(user(person))).hasStatusOk()
			.bodyText()
			.contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
			.contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
			.doesNotContain(idNumber)
			.doesNotContain(mobile);
	}

	@Test
	void theUnitsApplicantListMasksAndAnOfficersRevealIsAudited() {
		UserDetails officer = users.loadUserByUsername("demo-unit");
		assertThat(mvc.get().uri("/unit/staff").with(user(officer))).bodyText()
			.contains("隐私" + n)
			.doesNotContain(mobile);
		long before = audits();
		assertThat(mvc.post().uri("/unit/staff/{id}/reveal", id(person)).with(user(officer)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains(idNumber)
			.contains(mobile)
			.contains("已记入审计日志");
		assertThat(audits()).isEqualTo(before + 1);
		assertThat(jdbc.queryForMap("select actor_role, action, subject_id from audit_event order by id desc limit 1"))
			.containsEntry("actor_role", "UNIT_HR")
			.containsEntry("action", "REVEAL_PERSONAL_NUMBERS")
			.containsEntry("subject_id", id(person));
	}

	@Test
	void anOfficerOfAnotherUnitCannotRevealAndOtherRolesAreRefused() {
		long otherUnit = jdbc.queryForObject("select id from employer_unit where credit_code = '12441881MB2D10007L'",
				Long.class);
		String username = People.username("other-officer", n);
		accounts.createIfAbsent(new NewAccount(username, "Officer#2026", "他单位专员", Role.UNIT_HR, otherUnit, null));
		long before = audits();
		assertThat(mvc.post().uri("/unit/staff/{id}/reveal", id(person)).with(user(users.loadUserByUsername(username)))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		for (String other : new String[] { "demo-applicant", "demo-county", "demo-city", "demo-admin" }) {
			assertThat(mvc.post().uri("/unit/staff/{id}/reveal", id(person))
				.with(user(users.loadUserByUsername(other)))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(audits()).isEqualTo(before);
	}

	@Test
	void auditRecordsCannotBeChangedOrDeleted() {
		// The retention floor is measured on the database's clock: a record stamped by a portal clock another test
		// left months back would be old enough to delete, and the delete below would take every such record with it.
		clock.set(java.time.Instant.now());
		mvc.post().uri("/unit/staff/{id}/reveal", id(person)).with(user(users.loadUserByUsername("demo-unit")))
			.with(csrf()).exchange();
		assertThat(audits()).as("the reveal was recorded").isPositive();
		assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten'"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_event")).isInstanceOf(DataAccessException.class);
	}

	@Test
	void aPhotoIsStoredOnlyWhenItsContentPasses() throws IOException {
		MockMultipartFile pdf = new MockMultipartFile("photo", "me.jpg", "image/jpeg",
				"%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
		var notAnImage = upload(pdf);
		assertThat(notAnImage).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).hasViewName("account/photo");
		assertThat(notAnImage).body().asString().contains("id=\"photo-error\"");
		assertThat(photos()).isZero();

		MockMultipartFile oneInch = new MockMultipartFile("photo", "一寸.jpg", "image/jpeg", jpeg(295, 413));
		var refused = upload(oneInch);
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused.getMvcResult().getModelAndView().getModel().get("refusedKey")).asString().startsWith("photo.");
		assertThat(refused).body().asString().contains("id=\"photo-error\"").contains("aria-invalid=\"true\"");
		assertThat(photos()).isZero();

		assertThat(upload(new MockMultipartFile("photo", "photo.png", "image/png", jpeg(390, 567))))
			.redirectedUrl()
			.isEqualTo("/applicant/profile");
		assertThat(photos()).isOne();
		assertThat(mvc.get().uri("/applicant/profile/photo.jpg").with(user(person))).hasStatusOk()
			.hasContentType("image/jpeg");
		assertThat(upload(new MockMultipartFile("photo", "new.jpg", "image/jpeg", jpeg(413, 600)))).redirectedUrl()
			.isEqualTo("/applicant/profile");
		assertThat(photos()).as("a new photo replaces the old one").isOne();
	}

	@Test
	void registrationNeverWritesTheNumbersToTheLog(CapturedOutput output) {
		var session = new org.springframework.mock.web.MockHttpSession();
		int m = People.next();
		mvc.post().uri("/register/account").session(session).with(csrf()).param("username", People.username("log", m))
			.param("password", "Logged#2026").param("confirmPassword", "Logged#2026").param("mobile", People.mobile(m))
			.exchange();
		mvc.post().uri("/register/details").session(session).with(csrf()).param("realName", "日志")
			.param("idNumber", People.idNumber(m)).param("education", "BACHELOR").exchange();
		mvc.post().uri("/register/code").session(session).with(csrf()).exchange();
		assertThat(output.getAll()).contains(People.mobile(m).substring(0, 3) + "****")
			.doesNotContain(People.mobile(m))
			.doesNotContain(People.idNumber(m));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult upload(MockMultipartFile file) {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/applicant/profile/photo")
			.file(file)
			.with(user(person))
			.with(csrf()));
	}

	private long photos() {
		return jdbc.queryForObject("select count(*) from person_photo where account_id = ?", Long.class, id(person));
	}

	private long audits() {
		return jdbc.queryForObject("select count(*) from audit_event", Long.class);
	}

	private static long id(UserDetails account) {
		return ((PortalUser) account).id();
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}

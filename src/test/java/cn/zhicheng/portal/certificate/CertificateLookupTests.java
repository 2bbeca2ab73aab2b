package cn.zhicheng.portal.certificate;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo certificate as its holder, the public and other systems see it (issue #7 parts 1, 2, 6): 我的职称证书 and
 * its PDF (holder, number, title, a QR code that opens the verification page), the verification page, 证书查询 by both
 * keys with the ID masked, the API, and the per-client limit.
 */
@PortalTest
class CertificateLookupTests {

	static final String DEMO = "粤职证2020000001";

	private static final AtomicInteger clients = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	UserDetailsService users;

	@Autowired
	Certificates certificates;

	@Autowired
	Accounts accounts;

	@Test
	void theHolderListsAndDownloadsTheCertificateWhoseQrCodeVerifiesIt() throws Exception {
		PortalUser li = (PortalUser) users.loadUserByUsername("demo-applicant");
		assertThat(mvc.get().uri("/applicant/certificates").with(user(li))).hasStatusOk()
			.bodyText()
			.contains("我的职称证书", DEMO, "助理工程师", "生态环境监测", "2020年度", "2021-03-10");
		long id = demoId();
		MvcTestResult download = mvc.get().uri("/applicant/certificates/" + id + ".pdf").with(user(li)).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = download.getResponse().getContentAsByteArray();
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains("李明", DEMO, "助理工程师", "清远市人力资源和社会保障局", "专业技术资格证书");

		String url = decodeQr(pdf);
		assertThat(url).startsWith("http://localhost/certificates/verify?t=");
		String token = url.substring(url.indexOf("?t=") + 3);
		assertThat(certificates.verify(token)).map(CertificateView::number).contains(DEMO);
		assertThat(mvc.get().uri("/certificates/verify").param("t", token)).hasStatusOk()
			.bodyText()
			.contains("证书有效", DEMO, "李明", "441802********123")
			.doesNotContain(idNumber());
		String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
		assertThat(mvc.get().uri("/certificates/verify").param("t", altered)).hasStatusOk()
			.bodyText()
			.contains("无法核验")
			.doesNotContain(DEMO);
	}

	@Test
	void anotherApplicantsCertificateIsNotFound() {
		PortalUser other = (PortalUser) users.loadUserByUsername("demo-unit");
		PortalUser applicant = applicantWithoutCertificates();
		assertThat(mvc.get().uri("/applicant/certificates/" + demoId() + ".pdf").with(user(applicant))).hasStatus(404);
		assertThat(mvc.get().uri("/applicant/certificates").with(user(applicant))).hasStatusOk()
			.bodyText()
			.contains("暂无职称证书")
			.doesNotContain(DEMO);
		assertThat(mvc.get().uri("/applicant/certificates/" + demoId() + ".pdf").with(user(other))).hasStatus(403);
	}

	@Test
	void theLookupFindsByNameAndNumberOrNameAndIdNumberShowingTheIdMasked() {
		RequestPostProcessor client = client();
		assertThat(mvc.get().uri("/certificates/lookup")).hasStatusOk().bodyText().contains("按姓名和身份证号查询");
		assertThat(lookup(client, Map.of("by", "number", "holderName", "李明", "number", DEMO))).hasStatusOk()
			.bodyText()
			.contains(DEMO, "助理工程师", "441802********123", "有效")
			.doesNotContain(idNumber());
		assertThat(lookup(client, Map.of("by", "id", "idHolderName", "李明", "idNumber", idNumber().toLowerCase())))
			.hasStatusOk()
			.bodyText()
			.contains(DEMO, "清远市工程系列生态环境专业初级职称评审委员会", "441802********123")
			.doesNotContain(idNumber());
		assertThat(lookup(client, Map.of("by", "number", "holderName", "李四", "number", DEMO))).hasStatusOk()
			.bodyText()
			.contains("没有查到符合条件的证书", "/certificates/corrections/new")
			.doesNotContain("助理工程师");
		assertThat(lookup(client, Map.of("by", "id", "idHolderName", "李明", "idNumber", "441802198803151230")))
			.hasStatusOk()
			.bodyText()
			.contains("身份证号第18位校验码不正确", "value=\"441802198803151230\"")
			.doesNotContain("查询结果");
	}

	@Test
	void certificatesBefore2016AreNotShown() {
		jdbc.update("""
				insert into certificate (number, holder_name, title_name, level, review_year, issuer, issued_on, source)
				values ('旧证2015000001', '王旧', '工程师', 'INTERMEDIATE', 2014, '旧发证机关', date '2015-06-01', 'IMPORTED')
				on conflict (number) do nothing""");
		assertThat(lookup(client(), Map.of("by", "number", "holderName", "王旧", "number", "旧证2015000001")))
			.bodyText()
			.contains("没有查到符合条件的证书");
		assertThat(api(client(), "旧证2015000001", "王旧")).bodyJson().isLenientlyEqualTo("{\"valid\": false}");
	}

	@Test
	void theLookupIsLimitedPerClient() {
		RequestPostProcessor client = client();
		for (int i = 0; i < 20; i++) {
			assertThat(lookup(client, Map.of("by", "number", "holderName", "李明", "number", "N" + i))).hasStatusOk()
				.bodyText()
				.doesNotContain("查询过于频繁");
		}
		assertThat(lookup(client, Map.of("by", "number", "holderName", "李明", "number", DEMO))).hasStatusOk()
			.bodyText()
			.contains("查询过于频繁，请一小时后再试")
			.doesNotContain("助理工程师");
		assertThat(api(client, DEMO, "李明")).hasStatus(429).bodyText().contains("查询过于频繁");
		assertThat(lookup(client(), Map.of("by", "number", "holderName", "李明", "number", DEMO))).as("another client")
			.bodyText()
			.contains("助理工程师");
	}

	@Test
	void theApiAnswersAKnownPairAndOnlyValidFalseOtherwise() {
		assertThat(api(client(), DEMO, "李明")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"valid": true, "number": "粤职证2020000001", "holderName": "李明", "title": "助理工程师",
				 "level": "ASSISTANT", "specialty": "生态环境监测", "issuedOn": "2021-03-10",
				 "issuer": "清远市人力资源和社会保障局"}""");
		assertThat(api(client(), DEMO, "李四")).hasStatusOk().bodyJson().isStrictlyEqualTo("{\"valid\": false}");
		assertThat(api(client(), "粤职证1999999999", "李明")).hasStatusOk().bodyJson().isStrictlyEqualTo("{\"valid\": false}");
	}

	@Test
	void aReplacedCertificateSaysSoAndTheApiCallsItInvalid() {
		int n = clients.incrementAndGet();
		String old = "测证" + System.nanoTime() % 1_000_000_000L;
		String renewed = old + "B";
		jdbc.update("""
				insert into certificate (number, holder_name, title_name, level, review_year, issuer, issued_on, source)
				values (?, '赵替', '工程师', 'INTERMEDIATE', 2022, '测试发证机关', date '2023-01-05', 'IMPORTED'),
				       (?, '赵替', '工程师', 'INTERMEDIATE', 2022, '测试发证机关', date '2024-02-01', 'REISSUED')""",
				old, renewed);
		jdbc.update("""
				update certificate set status = 'REPLACED', replaced_by_id = (select id from certificate where number = ?)
				where number = ?""", renewed, old);
		CertificateView replaced = certificates.findByNumber("赵替", old).orElseThrow();
		assertThat(mvc.get().uri("/certificates/verify").param("t", certificates.token(replaced))).hasStatusOk()
			.bodyText()
			.contains("本证书已被补发证书替换，现行证书编号为 " + renewed)
			.doesNotContain("证书有效");
		assertThat(api(client(), old, "赵替")).bodyJson().isStrictlyEqualTo("{\"valid\": false}");
		assertThat(api(client(), renewed, "赵替")).bodyJson().extractingPath("valid").isEqualTo(true);
		assertThat(n).isPositive();
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private long demoId() {
		return jdbc.queryForObject("select id from certificate where number = ?", Long.class, DEMO);
	}

	private String idNumber() {
		return numbers.idNumber("demo-applicant");
	}

	private PortalUser applicantWithoutCertificates() {
		int n = People.next();
		String username = People.username("nocert", n);
		accounts.createIfAbsent(new NewAccount(username, "Filing#2026", "无证" + n, Role.APPLICANT, null, null,
				People.mobile(n)));
		return (PortalUser) users.loadUserByUsername(username);
	}

	/** A client address of its own, so each test's lookups count apart from the others'. */
	private static RequestPostProcessor client() {
		int n = clients.incrementAndGet();
		String address = "10.7." + (n / 250) + "." + (n % 250 + 1);
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcTestResult lookup(RequestPostProcessor client, Map<String, String> form) {
		var request = mvc.post().uri("/certificates/lookup").with(client).with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

	private MvcTestResult api(RequestPostProcessor client, String number, String name) {
		return mvc.get().uri("/api/v1/certificates/verify").param("number", number).param("name", name).with(client)
			.exchange();
	}

	/** Page 1 rendered with pdftoppm, then the QR code read from the picture as a phone would. */
	static String decodeQr(byte[] pdf) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "certificate-tests"));
		Path file = dir.resolve("qr-" + System.nanoTime() + ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile",
				file.toString(), file.toString().replace(".pdf", "")).inheritIO().start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		BufferedImage image = ImageIO.read(Path.of(file.toString().replace(".pdf", ".png")).toFile());
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
				DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE))).getText();
	}

}

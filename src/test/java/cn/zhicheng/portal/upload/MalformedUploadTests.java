package cn.zhicheng.portal.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.ApplicationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue #10: every upload point checks the file by its content. Over two hundred malformed uploads (renamed
 * executables and web pages, truncated and corrupt images and PDFs, polyglots, decompression and zip bombs, ZIPs naming
 * paths outside themselves, files over the limit), each under names that lie (the right extension, {@code ../}, NUL,
 * 300 characters) and a declared type that lies too, go to each of the four upload points: each is answered with the
 * page again, a 4xx status ({@link UploadRefusal}) and a Chinese message beside the file field, and not one row or
 * temporary file is left behind. A good file at each point is then stored, so the counts can tell.
 */
@PortalTest
class MalformedUploadTests {

	private static final Set<Integer> REFUSALS = Set.of(400, 409, 413, 415);

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	private static final String LONG_NAME = "长".repeat(150) + "a".repeat(150);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationService applications;

	private PortalUser applicant;

	private long applicationId;

	/** One upload point: how to post a file to it, where its message stands, and what it would have stored. */
	private record Point(String name, List<String> extensions, String declaredType,
			Function<MockMultipartFile, MvcTestResult> post, String errorId, long maxBytes, byte[] validHead) {
	}

	@BeforeEach
	void anApplicantWithAnApplication() {
		int n = People.next();
		String username = People.username("malformed", n);
		accounts.createIfAbsent(new NewAccount(username, "Upload#2026", "上传" + n, Role.APPLICANT, null, null));
		applicant = (PortalUser) users.loadUserByUsername(username);
		applicationId = applications.start(applicant, ApplicationType.EVALUATION, 2025);
	}

	@Test
	void malformedUploadsAreRefusedEverywhereAndNothingIsStored() throws IOException {
		List<Point> points = points();
		Map<String, byte[]> payloads = MalformedFiles.everywhere();
		Map<String, Long> before = stored();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int sent = 0;
		for (Point point : points) {
			int index = 0;
			for (Map.Entry<String, byte[]> payload : payloads.entrySet()) {
				List<String> names = names(point.extensions());
				index++;
				// Two of the four names for each payload, in turn, so every name meets every kind of payload somewhere.
				for (String fileName : List.of(names.get(index % 4), names.get((index + 2) % 4))) {
					MockMultipartFile file = new MockMultipartFile(fileParam(point), fileName, point.declaredType(),
							payload.getValue());
					assertRefused(point, payload.getKey() + " as “" + fileName + "”", point.post().apply(file), statuses);
					sent++;
				}
			}
			byte[] big = MalformedFiles.oversize(point.validHead(), point.maxBytes() + 1);
			MvcTestResult oversize = point.post()
				.apply(new MockMultipartFile(fileParam(point), "big." + point.extensions().getFirst(), point.declaredType(),
						big));
			assertRefused(point, "over the limit", oversize, statuses);
			assertThat(oversize.getResponse().getStatus()).as(point.name() + ": over the limit").isEqualTo(413);
			sent++;
		}
		assertThat(stored()).as("nothing stored by a refused upload").isEqualTo(before);
		assertThat(sent).isGreaterThanOrEqualTo(200);
		System.out.println("malformed uploads: " + sent + " across " + points.size() + " upload points, " + sent
				+ " refused with 4xx, 0 stored (statuses " + statuses + ")");

		// The control: a good file at each point is stored, so the counts above could have told.
		assertThat(photo(new MockMultipartFile("photo", "证件照.jpg", "image/jpeg", MalformedFiles.photoJpeg())))
			.redirectedUrl().isEqualTo("/applicant/profile");
		assertThat(attachment(new MockMultipartFile("file", "毕业证书.pdf", "application/pdf", MalformedFiles.pdf())))
			.redirectedUrl().isEqualTo(FilingStep.PERSONAL.path(applicationId));
		assertThat(content(new MockMultipartFile("attachment", "汇总表.xlsx", "application/octet-stream",
				MalformedFiles.workbook()))).hasStatus3xxRedirection();
		int n = People.next();
		String csv = "姓名,证书编号,身份证号,资格名称,系列,专业,层级,评审年度,评委会,发证机关,发证日期\n" + String.join(",", "上传对照",
				"UPLOAD-" + n, People.idNumber(n), "工程师", "工程技术", "环境监测", "中级", "2018", "清远市中级评委会",
				"清远市人力资源和社会保障局", "2019-06-30") + "\n";
		assertThat(registry(new MockMultipartFile("file", "certificates.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)))).redirectedUrl().isEqualTo("/admin/certificates/import");
		Map<String, Long> after = stored();
		assertThat(after.get("person_photo")).isEqualTo(before.get("person_photo") + 1);
		assertThat(after.get("application_attachment")).isEqualTo(before.get("application_attachment") + 1);
		assertThat(after.get("application_attachment_content"))
			.isEqualTo(before.get("application_attachment_content") + 1);
		assertThat(after.get("content_item")).isEqualTo(before.get("content_item") + 1);
		assertThat(after.get("content_attachment")).isEqualTo(before.get("content_attachment") + 1);
		assertThat(after.get("certificate")).isEqualTo(before.get("certificate") + 1);
	}

	private List<Point> points() {
		return List.of(
				new Point("photo", List.of("jpg", "png", "jpeg", "jpg"), "image/jpeg", this::photo, "photo-error", 512_000,
						MalformedFiles.photoJpeg()),
				new Point("application attachment", List.of("pdf", "jpg", "png", "pdf"), "application/pdf", this::attachment,
						"attachment-error-PERSONAL", 10L * 1024 * 1024, MalformedFiles.pdf()),
				new Point("content attachment", List.of("pdf", "jpg", "xlsx", "docx"),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", this::content,
						"attachment-error", 10L * 1024 * 1024, MalformedFiles.workbook()),
				new Point("certificate import", List.of("xlsx", "csv", "xlsx", "csv"), "text/csv", this::registry, "file-error", 10L * 1024 * 1024,
						MalformedFiles.workbook()));
	}

	/**
	 * Names with extensions the point takes: a plain one, a path out of the upload folder, a NUL that ends the name
	 * in C, and 300 characters.
	 */
	private static List<String> names(List<String> extensions) {
		return List.of("材料." + extensions.get(0), "../../../etc/passwd." + extensions.get(1),
				"evil.php\u0000." + extensions.get(2), LONG_NAME + "." + extensions.get(3));
	}

	private static String fileParam(Point point) {
		return switch (point.name()) {
			case "photo" -> "photo";
			case "content attachment" -> "attachment";
			default -> "file";
		};
	}

	private void assertRefused(Point point, String what, MvcTestResult result, Map<Integer, Integer> statuses) {
		String label = point.name() + ": " + what;
		int status = result.getResponse().getStatus();
		assertThat(status).as(label).isIn(REFUSALS);
		statuses.merge(status, 1, Integer::sum);
		assertThat(result.getResponse().getRedirectedUrl()).as(label + " is answered with the page, not a redirect")
			.isNull();
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		Matcher message = Pattern.compile("id=\"" + point.errorId() + "\"[^>]*>([^<]+)<").matcher(body);
		assertThat(message.find()).as(label + ": a message beside the field").isTrue();
		assertThat(CHINESE.matcher(message.group(1)).find()).as(label + ": the message is Chinese").isTrue();
		assertThat(body).as(label + ": the field points at its message")
			.contains("aria-describedby=\"" + point.errorId())
			.as(label + ": every message on the page has its arguments")
			.doesNotContainPattern("\\{\\d[},]");
	}

	private MvcTestResult photo(MockMultipartFile file) {
		return send(MockMvcRequestBuilders.multipart("/applicant/profile/photo").file(file), applicant);
	}

	private MvcTestResult attachment(MockMultipartFile file) {
		return send(MockMvcRequestBuilders
			.multipart("/applicant/applications/{id}/attachments/PERSONAL", applicationId)
			.file(file)
			.param("returnTo", FilingStep.PERSONAL.path(applicationId)), applicant);
	}

	private MvcTestResult content(MockMultipartFile file) {
		return send(MockMvcRequestBuilders.multipart("/admin/content")
			.file(file)
			.param("section", "DOWNLOAD")
			.param("title", "畸形上传测试 " + file.getOriginalFilename().length())
			.param("bodyMarkdown", "正文保留"), admin());
	}

	private MvcTestResult registry(MockMultipartFile file) {
		return send(MockMvcRequestBuilders.multipart("/admin/certificates/import").file(file), admin());
	}

	private MvcTestResult send(MockMultipartHttpServletRequestBuilder request, UserDetails who) {
		return mvc.perform(request.with(user(who)).with(csrf()));
	}

	private UserDetails admin() {
		return users.loadUserByUsername("demo-admin");
	}

	/** Rows of every table an upload point writes to, and the importer's temporary files. */
	private Map<String, Long> stored() throws IOException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : List.of("person_photo", "application_attachment", "application_attachment_content",
				"content_item", "content_attachment", "certificate")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			counts.put("temporary import files",
					files.filter(path -> path.getFileName().toString().startsWith("certificate-import")).count());
		}
		return counts;
	}

}

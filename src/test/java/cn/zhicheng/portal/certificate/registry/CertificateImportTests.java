package cn.zhicheng.portal.certificate.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.certificate.registry.CertificateImportController.BadRow;
import cn.zhicheng.portal.certificate.registry.CertificateImportController.ResultView;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 历史证书导入: good rows stored with source IMPORTED and the ID number only hashed and masked, bad rows reported by
 * their line with a Chinese reason, numbers repeated within the file or already stored refused, files told apart by
 * content, administrators only.
 */
@PortalTest
class CertificateImportTests {

	private static final String HEADER = "姓名,证书编号,身份证号,资格名称,系列,专业,层级,评审年度,评委会,发证机关,发证日期";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdNumberHash hash;

	@Autowired
	MutableClock clock;

	String prefix;

	@BeforeEach
	void today() {
		clock.set(Instant.parse("2026-03-10T02:00:00Z"));
		prefix = "IMP" + People.next() + "X" + (System.nanoTime() % 100_000);
	}

	@Test
	void aCsvKeepsItsGoodRowsAndReportsEachBadOneByLine() {
		String taken = prefix + "-OLD";
		jdbc.update("""
				insert into certificate (number, holder_name, title_name, level, review_year, issuer, issued_on, source)
				values (?, '旧人', '工程师', 'INTERMEDIATE', 2015, '清远市人社局', date '2016-01-01', 'IMPORTED')""", taken);
		String id1 = People.idNumber(People.next());
		String id2 = People.idNumber(People.next());
		String csv = "\uFEFF" + HEADER + "\r\n"
				+ row("张三", prefix + "-1", id1, "中级") + "\r\n" // line 2: good
				+ row("李四", prefix + "-2", "440101199001011234", "中级") + "\r\n" // 3: bad check character
				+ "\r\n" // 4: blank, skipped
				+ row("王五", prefix + "-3", id2, "特级") + "\r\n" // 5: unknown level
				+ "赵六," + prefix + "-4," + id2 + ",工程师,,,副高级,2027,,清远市人社局,2026-05-01\r\n" // 6: year, date
				+ row("钱七", prefix + "-1", id2, "中级") + "\r\n" // 7: repeats line 2
				+ row("孙八", taken, id2, "中级") + "\r\n" // 8: in the table already
				+ "\"欧阳, 明\"," + prefix + "-5,\"" + id2 + "\",\"高级工程师\",工程技术,\"环境\n监测\",副高级,2019年度,"
				+ "广东省工程系列高评会,广东省人社厅,2019/12/30\r\n" // 9-10: good, quoted comma and line break
				+ ",,,,,,,,,,\r\n" // 11: blank cells only, skipped
				+ row("", prefix + "#6", id2, "中级"); // 12: no name, bad number
		ResultView result = imported("historic.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(result.format()).isEqualTo("CSV");
		assertThat(result.rows()).isEqualTo(8);
		assertThat(result.imported()).isEqualTo(2);
		assertThat(result.rejected()).isEqualTo(6);
		assertThat(result.badRows()).extracting(BadRow::line).containsExactly(3L, 5L, 6L, 7L, 8L, 12L);
		assertThat(reason(result, 3)).contains("身份证号第18位校验码不正确");
		assertThat(reason(result, 5)).contains("层级“特级”无法识别");
		assertThat(reason(result, 6)).contains("评审年度应为1980至2026年之间的年份", "发证日期晚于今天");
		assertThat(reason(result, 7)).isEqualTo("证书编号与本文件第2行重复");
		assertThat(reason(result, 8)).isEqualTo("证书编号已存在于证书库");
		assertThat(reason(result, 12)).contains("姓名不能为空", "证书编号只能包含字母、数字");

		Map<String, Object> good = stored(prefix + "-1");
		assertThat(good).containsEntry("holder_name", "张三")
			.containsEntry("source", "IMPORTED")
			.containsEntry("level", "INTERMEDIATE")
			.containsEntry("review_year", 2018)
			.containsEntry("holder_id_masked", id1.substring(0, 6) + "********" + id1.substring(14))
			.containsEntry("holder_id_hash", hash.of(id1));
		assertThat(jdbc.queryForObject("select row_to_json(c)::text from certificate c where number = ?", String.class,
				prefix + "-1"))
			.doesNotContain(id1)
			.doesNotContain(id1.substring(6, 14));
		Map<String, Object> quoted = stored(prefix + "-5");
		assertThat(quoted).containsEntry("holder_name", "欧阳, 明")
			.containsEntry("specialty_name", "环境\n监测")
			.containsEntry("review_year", 2019)
			.containsEntry("level", "DEPUTY_SENIOR");
		assertThat(quoted.get("issued_on").toString()).isEqualTo("2019-12-30");
		assertThat(count(prefix + "-%")).as("the good rows and the one stored before").isEqualTo(3);
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where action = 'CERTIFICATES_IMPORTED' and detail like ?""",
				Long.class, "%historic.csv%导入2%错误6%")).isEqualTo(1);
	}

	@Test
	void theResultPageListsTheCountsAndTheBadRows() {
		ResultView result = imported("page.csv",
				(HEADER + "\n" + row("周九", prefix + "-1", "123", "中级")).getBytes(StandardCharsets.UTF_8));
		MvcTestResult page = mvc.get().uri("/admin/certificates/import").flashAttr("result", result).with(user(admin()))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("“page.csv”导入结果", "错误行明细", "身份证号应为18位");
		assertThat(mvc.get().uri("/admin").with(user(admin()))).bodyText().contains("导入历史证书");
	}

	@Test
	void anXlsxIsReadByItsHeaderWithDatesAndNumbersAsExcelHoldsThem() throws IOException {
		String id = People.idNumber(People.next());
		byte[] xlsx;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("证书");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			List<String> header = List.of("发证日期", "证书编号", "姓名", "身份证号", "资格名称", "层级", "评审年度", "发证机关");
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				top.createCell(i).setCellValue(header.get(i));
			}
			Row good = sheet.createRow(1);
			good.createCell(0).setCellValue(LocalDate.of(2017, 8, 15));
			good.getCell(0).setCellStyle(date);
			good.createCell(1).setCellValue(prefix + "-X1");
			good.createCell(2).setCellValue("吴十");
			good.createCell(3).setCellValue(id);
			good.createCell(4).setCellValue("助理工程师");
			good.createCell(5).setCellValue("助理级");
			good.createCell(6).setCellValue(2017);
			good.createCell(7).setCellValue("清远市人力资源和社会保障局");
			// Row 3 of the sheet is left out; row 4 has no ID number and a date in the future.
			Row bad = sheet.createRow(3);
			bad.createCell(0).setCellValue(LocalDate.of(2026, 12, 1));
			bad.getCell(0).setCellStyle(date);
			bad.createCell(1).setCellValue(prefix + "-X2");
			bad.createCell(2).setCellValue("郑十一");
			bad.createCell(4).setCellValue("工程师");
			bad.createCell(5).setCellValue("中级");
			bad.createCell(6).setCellValue(2020);
			bad.createCell(7).setCellValue("清远市人力资源和社会保障局");
			book.write(out);
			xlsx = out.toByteArray();
		}
		ResultView result = imported("历史证书.xlsx", xlsx);
		assertThat(result.format()).isEqualTo("XLSX");
		assertThat(result.imported()).isEqualTo(1);
		assertThat(result.badRows()).extracting(BadRow::line).containsExactly(4L);
		assertThat(reason(result, 4)).contains("身份证号不能为空", "发证日期晚于今天");
		Map<String, Object> stored = stored(prefix + "-X1");
		assertThat(stored).containsEntry("level", "ASSISTANT")
			.containsEntry("review_year", 2017)
			.containsEntry("holder_id_hash", hash.of(id))
			.containsEntry("source", "IMPORTED");
		assertThat(stored.get("issued_on").toString()).isEqualTo("2017-08-15");
		assertThat(stored.values()).doesNotContain(id);
		assertThat(count(prefix + "-X%")).isEqualTo(1);
	}

	@Test
	void aGbkCsvIsReadAsGbkAndNumbersRepeatedAcrossBatchesAreCaught() {
		StringBuilder csv = new StringBuilder(HEADER).append("\n");
		String id = People.idNumber(People.next());
		for (int i = 1; i <= 1200; i++) {
			// Line 1001 repeats line 3's number, in a later batch of 500.
			csv.append(row("陈" + i, prefix + "-" + (i == 1000 ? 2 : i), id, "中级")).append("\n");
		}
		ResultView result = imported("gbk.csv", csv.toString().getBytes(Charset.forName("GBK")));
		assertThat(result.imported()).isEqualTo(1199);
		assertThat(result.badRows()).extracting(BadRow::line).containsExactly(1001L);
		assertThat(reason(result, 1001)).isEqualTo("证书编号与本文件第3行重复");
		assertThat(stored(prefix + "-1200")).containsEntry("holder_name", "陈1200");

		// The same file again: every number is in the table now.
		ResultView again = imported("gbk.csv", csv.toString().getBytes(Charset.forName("GBK")));
		assertThat(again.imported()).isZero();
		assertThat(again.rejected()).isEqualTo(1200);
		assertThat(again.badRows()).hasSize(200);
		assertThat(again.truncated()).isTrue();
		assertThat(count(prefix + "-%")).isEqualTo(1199);
	}

	@Test
	void aFileThatIsNeitherCsvNorXlsxIsRefusedByItsContentWhateverItsName() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRefused(upload("certificates.csv", png), "文件不是 CSV 或 Excel（.xlsx）文件");
		assertRefused(upload("certificates.xlsx", zip("readme.txt")), "文件不是 CSV 或 Excel（.xlsx）文件");
		assertRefused(upload("certificates.xlsx", zip("[Content_Types].xml")), "文件不是 CSV 或 Excel（.xlsx）文件");
		assertRefused(upload("empty.csv", new byte[0]), "请选择要导入的文件");
		assertRefused(upload("header.csv", "姓名,证书编号\n张三,A1".getBytes(StandardCharsets.UTF_8)),
				"表头缺少必需的列：身份证号、资格名称、层级、评审年度、发证机关、发证日期");
		// A CSV under an Excel name is still a CSV.
		String text = HEADER + "\n" + row("冯十二", prefix + "-C1", People.idNumber(People.next()), "正高级");
		ResultView result = imported("misnamed.xlsx", text.getBytes(StandardCharsets.UTF_8));
		assertThat(result.format()).isEqualTo("CSV");
		assertThat(stored(prefix + "-C1")).containsEntry("level", "SENIOR");
	}

	@Test
	void onlyAdministratorsMayImport() {
		byte[] csv = (HEADER + "\n" + row("褚十三", prefix + "-N1", People.idNumber(People.next()), "中级"))
			.getBytes(StandardCharsets.UTF_8);
		for (String username : List.of("demo-city", "demo-unit", "demo-applicant")) {
			UserDetails someone = users.loadUserByUsername(username);
			assertThat(mvc.get().uri("/admin/certificates/import").with(user(someone))).hasStatus(403);
			assertThat(mvc.post()
				.uri("/admin/certificates/import")
				.multipart()
				.file(new MockMultipartFile("file", "x.csv", "text/csv", csv))
				.with(user(someone))
				.with(csrf())).hasStatus(403);
		}
		assertThat(mvc.get().uri("/admin/certificates/import").with(user(admin()))).hasStatusOk()
			.bodyText()
			.contains("历史证书导入", "证书编号、姓名、身份证号");
		assertThat(count(prefix + "-%")).isZero();
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** A row in {@link #HEADER}'s order: year 2018, issued 2019-06-30. */
	private static String row(String name, String number, String id, String level) {
		return String.join(",", name, number, id, "工程师", "工程技术", "环境监测", level, "2018", "清远市中级评委会",
				"清远市人力资源和社会保障局", "2019-06-30");
	}

	private UserDetails admin() {
		return users.loadUserByUsername("demo-admin");
	}

	private MvcTestResult upload(String name, byte[] bytes) {
		return mvc.post()
			.uri("/admin/certificates/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(user(admin()))
			.with(csrf())
			.exchange();
	}

	private ResultView imported(String name, byte[] bytes) {
		MvcTestResult result = upload(name, bytes);
		assertThat(result).redirectedUrl().isEqualTo("/admin/certificates/import");
		return (ResultView) result.getMvcResult().getFlashMap().get("result");
	}

	private void assertRefused(MvcTestResult result, String reason) {
		assertThat(result).hasStatus4xxClientError().bodyText().contains(reason);
		assertThat(result.getResponse().getRedirectedUrl()).isNull();
		assertThat(result).body().asString().contains("id=\"file-error\"").doesNotContain("Exception");
	}

	private static String reason(ResultView result, long line) {
		return result.badRows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().reasons();
	}

	private Map<String, Object> stored(String number) {
		return jdbc.queryForMap("select * from certificate where number = ?", number);
	}

	private long count(String pattern) {
		return jdbc.queryForObject("select count(*) from certificate where number like ?", Long.class, pattern);
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}

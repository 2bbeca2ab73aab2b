package cn.zhicheng.portal.certificate.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.audit.AuditPage;
import cn.zhicheng.portal.audit.AuditQuery;
import cn.zhicheng.portal.audit.AuditRecord;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the certificate import (issue #10): {@link CertificateImporter#importFile} on any bytes, CSV or .xlsx as
 * the content says, with the database left out (no number is taken yet; every good row "inserts"). The answer is a
 * result or {@link ImportRefusedException} with a message the administrator can read, never another exception; the
 * counts add up, every reason is a message, and a row let in is well formed and keeps only the mask of its ID number.
 * Seeded with a good CSV in UTF-8 and in GBK and a good workbook.
 */
class CertificateImportFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("certificate-import");

	private static final String HEADER = "姓名,证书编号,身份证号,资格名称,系列,专业,层级,评审年度,评委会,发证机关,发证日期";

	private static final List<ResourceBundle> BUNDLES = Stream.of("i18n/certificate-registry", "i18n/validation")
		.map(name -> ResourceBundle.getBundle(name, Locale.SIMPLIFIED_CHINESE))
		.toList();

	private static final RegistrySettings settings = new RegistrySettings(DataSize.ofMegabytes(10), 500, 200, 3, 3,
			java.time.Duration.ofSeconds(3), java.time.Duration.ofHours(2), 50);

	private static final List<ImportedCertificate> inserted = new ArrayList<>();

	private static final CertificateImporter importer = new CertificateImporter(new NoDatabase(),
			new IdNumberHash(new CertificateKeySettings("fuzz")), settings, new NoAudit(), messages(),
			new TransactionTemplate(new NoTransactions()),
			Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

	private static final PortalUser admin = new PortalUser(1, "demo-admin", "", "管理员", Role.ADMIN, null, null, true,
			true);

	@MethodSource("files")
	@FuzzTest
	void importFile(byte[] file) {
		runs.run(() -> {
			inserted.clear();
			try {
				ImportResult result = importer.importFile(admin, "import", file.length, new ByteArrayResource(file));
				assertThat(result.imported() + result.rejected()).isEqualTo(result.rows());
				assertThat(result.imported()).isEqualTo(inserted.size());
				assertThat((long) result.problems().size()).isLessThanOrEqualTo(
						Math.min(result.rejected(), settings.reportedRows()));
				result.problems()
					.stream()
					.flatMap(problem -> problem.reasons().stream())
					.forEach(CertificateImportFuzzTests::assertMessage);
				inserted.forEach(CertificateImportFuzzTests::assertWellFormed);
			}
			catch (ImportRefusedException refused) {
				assertMessage(refused.messageKey());
			}
		});
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	static Stream<byte[]> files() {
		String rows = HEADER + "\r\n" + row("张三", "GD-2019-001", People.idNumber(1)) + "\r\n"
				+ row("李四", "GD-2019-002", "110105194912310021") + "\r\n\"王\"\"五\",\"GD,3\",,,,,,,,,\r\n";
		return Stream.of(("\uFEFF" + rows).getBytes(StandardCharsets.UTF_8),
				rows.getBytes(CsvRowReader.GBK), workbook(rows));
	}

	private static String row(String name, String number, String id) {
		return String.join(",", name, number, id, "工程师", "工程技术", "环境监测", "中级", "2018", "清远市中级评委会",
				"清远市人力资源和社会保障局", "2019-06-30");
	}

	private static void assertMessage(MessageSourceResolvable reason) {
		assertMessage(reason.getCodes()[0]);
	}

	private static void assertMessage(String key) {
		assertThat(BUNDLES.stream().anyMatch(bundle -> bundle.containsKey(key))).as(key).isTrue();
	}

	private static void assertWellFormed(ImportedCertificate certificate) {
		assertThat(certificate.number()).matches(ImportRowCheck.NUMBER).hasSizeLessThanOrEqualTo(40);
		assertThat(certificate.holderName()).isNotBlank().hasSizeLessThanOrEqualTo(64);
		assertThat(certificate.holderIdMasked()).matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");
		assertThat(certificate.holderIdHash()).matches("[0-9a-f]{64}");
		assertThat(certificate.reviewYear()).isBetween(ImportRowCheck.FIRST_YEAR, 2026);
	}

	/** The CSV's rows as the first sheet of a workbook, one cell per field. */
	private static byte[] workbook(String csv) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("证书");
			String[] lines = csv.split("\r\n");
			for (int i = 0; i < 3; i++) {
				XSSFRow row = sheet.createRow(i);
				String[] cells = lines[i].split(",");
				for (int j = 0; j < cells.length; j++) {
					row.createCell(j).setCellValue(cells[j]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/certificate-registry");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** No number is taken yet, and every row inserts; what was inserted is kept for the checks. */
	private static final class NoDatabase extends ImportRepository {

		NoDatabase() {
			super(null);
		}

		@Override
		Set<String> existing(List<String> numbers) {
			return Set.of();
		}

		@Override
		boolean[] insert(List<ImportedCertificate> rows) {
			inserted.addAll(rows);
			boolean[] all = new boolean[rows.size()];
			java.util.Arrays.fill(all, true);
			return all;
		}

	}

	private static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

	private static final class NoAudit implements AuditLog {

		@Override
		public void record(AuditEntry entry) {
		}

		@Override
		public List<AuditRecord> about(String subjectType, long subjectId, int limit) {
			return List.of();
		}

		@Override
		public AuditPage search(AuditQuery query) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Choices choices() {
			return new Choices(List.of(), List.of());
		}

	}

}

package cn.zhicheng.portal.application.pack;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.attachment.AttachmentSection;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.export.ExportProgress;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The committee material pack (issue #8 part 3) on files driven through the real chain: the manifest lists exactly the
 * ZIP's entries (paths, sizes, SHA-256 computed here), every PDF page carries the recipient's watermark, images and a
 * broken PDF are copied as they are and said so, and the pack holds only the viewer's accepted files of the committee.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteePackTests {

	static final String RECIPIENT = "王审核";

	static final String MANIFEST = "清单.xlsx";

	@Autowired
	CommitteePack pack;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	AttachmentService attachments;

	@Autowired
	CommitteeFiles files;

	long committee;

	/** ACCEPTED: a 2-page PDF, a JPEG, two PDFs of one name, a broken PDF. */
	long accepted;

	/** IN_COMMITTEE_REVIEW: a PNG. */
	long inReview;

	/** At the city, not yet accepted. */
	long notAccepted;

	/** ACCEPTED, but of 广州 (moved there in SQL). */
	long otherCity;

	/** IN_COMMITTEE_REVIEW with the demo committee. */
	long otherCommittee;

	byte[] jpeg = PackFiles.image("jpeg", Color.ORANGE);

	byte[] png = PackFiles.image("png", Color.CYAN);

	byte[] broken = "%PDF-1.4\nthis is not a PDF at all\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	List<PortalUser> applicants = new ArrayList<>();

	@BeforeAll
	void chain() {
		PackFiles packFiles = new PackFiles(files, jdbc);
		committee = packFiles.committee();
		PortalUser first = applicant();
		accepted = packFiles.file(first, committee, PackFiles.Stage.ACCEPTED, id -> {
			attachments.upload(first.id(), id, AttachmentSection.EDUCATION, "毕业证书.pdf", PackFiles.pdf("Diploma", 2));
			attachments.upload(first.id(), id, AttachmentSection.APPRAISAL, "考核表.jpg", jpeg);
			attachments.upload(first.id(), id, AttachmentSection.ACHIEVEMENTS, "证明.pdf", PackFiles.pdf("Proof A", 1));
			attachments.upload(first.id(), id, AttachmentSection.ACHIEVEMENTS, "证明.pdf", PackFiles.pdf("Proof B", 1));
		});
		packFiles.brokenPdf(accepted, first.id(), "../../损坏的证书.pdf", broken);
		PortalUser second = applicant();
		inReview = packFiles.file(second, committee, PackFiles.Stage.IN_COMMITTEE_REVIEW,
				id -> attachments.upload(second.id(), id, AttachmentSection.PERSONAL, "聘书.png", png));
		notAccepted = packFiles.file(applicant(), committee, PackFiles.Stage.CITY_REVIEW, id -> {
		});
		otherCity = packFiles.file(applicant(), committee, PackFiles.Stage.ACCEPTED, id -> {
		});
		jdbc.update("update application set city_id = (select id from region where code = '440100') where id = ?",
				otherCity);
		otherCommittee = files.inCommitteeReview(applicant());
	}

	@Test
	void theManifestListsExactlyTheEntriesOfTheZip() throws IOException {
		Map<String, byte[]> zip = unzip(write(files.city(), ExportProgress.NONE));
		List<List<String>> manifest = manifest(zip.get(MANIFEST));

		assertThat(manifest.getFirst()).containsExactly("序号", "业务编号", "姓名", "工作单位", "专业", "层级", "文件", "类型",
				"大小(字节)", "SHA-256 校验值", "水印", "备注");
		List<List<String>> rows = manifest.subList(1, manifest.size());
		assertThat(rows).extracting(row -> List.of(row.get(6), row.get(8), row.get(9)))
			.containsExactlyInAnyOrderElementsOf(zip.entrySet()
				.stream()
				.filter(entry -> !entry.getKey().equals(MANIFEST))
				.map(entry -> List.of(entry.getKey(), Long.toString(entry.getValue().length),
						HexFormat.of().formatHex(PackFiles.sha256(entry.getValue()))))
				.toList());
		assertThat(rows).hasSize(zip.size() - 1).hasSize(8);

		String a = folder(accepted, 1);
		String b = folder(inReview, 2);
		assertThat(zip.keySet()).containsExactlyInAnyOrder(a + "/评审表.pdf", a + "/附件/学历学位证书-毕业证书.pdf",
				a + "/附件/年度考核表-考核表.jpg", a + "/附件/业绩成果证明-证明.pdf", a + "/附件/业绩成果证明-证明(2).pdf",
				a + "/附件/业绩成果证明-损坏的证书.pdf", b + "/评审表.pdf", b + "/附件/现职称证书、聘书-聘书.png", MANIFEST);
		assertThat(rows).extracting(row -> row.get(6), row -> row.get(0), row -> row.get(5), row -> row.get(7),
				row -> row.get(10))
			.contains(tuple(a + "/评审表.pdf", "1", "中级", "评审表", "是"),
					tuple(a + "/附件/学历学位证书-毕业证书.pdf", "1", "中级", "附件", "是"),
					tuple(a + "/附件/年度考核表-考核表.jpg", "1", "中级", "附件", "否"),
					tuple(a + "/附件/业绩成果证明-损坏的证书.pdf", "1", "中级", "附件", "无法解析"),
					tuple(b + "/附件/现职称证书、聘书-聘书.png", "2", "中级", "附件", "否"));
		assertThat(rows).filteredOn(row -> row.get(6).startsWith(a))
			.allSatisfy(row -> assertThat(row.subList(1, 5)).containsExactly(number(accepted), name(accepted),
					"清远市清城区环境监测站", "生态环境监测"));
	}

	@Test
	void neitherTheManifestNorTheReviewFormsHoldAFullIdOrMobileNumber() throws IOException {
		Map<String, byte[]> zip = unzip(write(files.city(), ExportProgress.NONE));
		String cells = manifest(zip.get(MANIFEST)).toString();
		StringBuilder forms = new StringBuilder();
		for (String path : zip.keySet().stream().filter(path -> path.endsWith("评审表.pdf")).toList()) {
			PdfReader reader = new PdfReader(zip.get(path));
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				forms.append(new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s", ""));
			}
			reader.close();
		}
		for (PortalUser applicant : applicants) {
			String id = numbers.idNumber(applicant.id());
			String mobile = numbers.mobile(applicant.id());
			assertThat(cells).doesNotContain(id, mobile);
			assertThat(forms.toString()).doesNotContain(id, mobile);
		}
		String id = numbers.idNumber(applicants.getFirst().id());
		String mobile = numbers.mobile(applicants.getFirst().id());
		assertThat(forms.toString()).as("the packed file's form, masked")
			.contains(id.substring(0, 6) + "********" + id.substring(14))
			.contains(mobile.substring(0, 3) + "****" + mobile.substring(7));
	}

	@Test
	void everyPdfPageCarriesTheRecipientsWatermark() throws IOException {
		Map<String, byte[]> zip = unzip(write(files.city(), ExportProgress.NONE));
		List<String> pdfs = zip.keySet().stream().filter(path -> path.endsWith(".pdf") && !path.contains("损坏")).toList();
		assertThat(pdfs).hasSize(5);
		int pages = 0;
		for (String path : pdfs) {
			PdfReader reader = new PdfReader(zip.get(path));
			PdfTextExtractor text = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				assertThat(text.getTextFromPage(page).replaceAll("\\s", ""))
					.as("%s page %d", path, page)
					.contains("仅供" + RECIPIENT + "评审使用")
					.contains(PackFiles.COMMITTEE + "2025年度");
				pages++;
			}
			reader.close();
		}
		assertThat(pages).isGreaterThan(pdfs.size());
		String form = zip.keySet().stream().filter(path -> path.endsWith("评审表.pdf")).findFirst().orElseThrow();
		Path sample = Path.of("target/pack-sample/review-form.pdf");
		Files.createDirectories(sample.getParent());
		Files.write(sample, zip.get(form));
	}

	@Test
	void aNameCharacterTheFontLacksIsWatermarkedAsItsCode() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pack.write(files.city(), new PackRequest(committee, 2025, "\uD842\uDFB7田"), out, ExportProgress.NONE);
		byte[] form = unzip(out.toByteArray()).get(folder(accepted, 1) + "/评审表.pdf");
		PdfReader reader = new PdfReader(form);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", ""))
			.contains("仅供[U+20BB7]田评审使用");
		reader.close();
	}

	@Test
	void imagesAndAnUnreadablePdfAreCopiedAsTheyAre() throws IOException {
		Map<String, byte[]> zip = unzip(write(files.city(), ExportProgress.NONE));
		String a = folder(accepted, 1);
		assertThat(zip.get(a + "/附件/年度考核表-考核表.jpg")).isEqualTo(jpeg);
		assertThat(zip.get(folder(inReview, 2) + "/附件/现职称证书、聘书-聘书.png")).isEqualTo(png);
		assertThat(zip.get(a + "/附件/业绩成果证明-损坏的证书.pdf")).isEqualTo(broken);
	}

	@Test
	void aCityReviewerPacksOnlyTheirCitysAcceptedFilesOfTheCommittee() throws IOException {
		PackRequest request = request();
		assertThat(pack.count(files.city(), request)).isEqualTo(2);
		String city = String.join("\n", unzip(write(files.city(), ExportProgress.NONE)).keySet());
		assertThat(city).contains(number(accepted), number(inReview))
			.doesNotContain(number(notAccepted), number(otherCity), number(otherCommittee));

		PortalUser admin = files.user("demo-admin");
		assertThat(pack.count(admin, request)).isEqualTo(3);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(pack.write(admin, request, out, ExportProgress.NONE)).isEqualTo(3);
		assertThat(String.join("\n", unzip(out.toByteArray()).keySet()))
			.contains(number(accepted), number(inReview), number(otherCity))
			.doesNotContain(number(notAccepted), number(otherCommittee));
	}

	@Test
	void otherRolesAreRefusedAndAnotherCitySeesNoSuchCommittee() {
		for (String username : List.of("demo-county", "demo-unit", "demo-applicant")) {
			assertThatThrownBy(() -> pack.count(files.user(username), request()))
				.isInstanceOfSatisfying(PackRefusedException.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("pack.refused.role"));
			assertThatThrownBy(() -> pack.write(files.user(username), request(), new ByteArrayOutputStream(),
					ExportProgress.NONE))
				.isInstanceOf(PackRefusedException.class);
		}
		PackRefusedException foreign = refusal(files.otherCityReviewer(), request());
		assertThat(foreign.messageKey()).isEqualTo("pack.refused.committee");
		assertThat(refusal(files.city(), new PackRequest(Long.MAX_VALUE, 2025, RECIPIENT)).messageKey())
			.isEqualTo(foreign.messageKey());
		assertThat(pack.message(foreign, Locale.SIMPLIFIED_CHINESE)).isEqualTo("找不到该评委会。");
	}

	@Test
	void theRecipientIsRequiredAndShort() {
		assertThat(refusal(files.city(), new PackRequest(committee, 2025, "   ")).messageKey())
			.isEqualTo("pack.refused.recipient");
		assertThat(refusal(files.city(), new PackRequest(committee, 2025, "专".repeat(41))).messageKey())
			.isEqualTo("pack.refused.recipient");
		assertThat(pack.count(files.city(), new PackRequest(committee, 2025, "  " + "专".repeat(40) + " ")))
			.isEqualTo(2);
		assertThat(pack.message(refusal(files.city(), new PackRequest(committee, 2025, "")), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("请填写评审专家姓名（1–40 个字）。");
	}

	@Test
	void progressReachesTheTotalAndThePackIsAudited() throws IOException {
		List<Long> expected = new ArrayList<>();
		List<Long> done = new ArrayList<>();
		ExportProgress progress = new ExportProgress() {

			@Override
			public void expect(long total) {
				expected.add(total);
			}

			@Override
			public void done(long units) {
				done.add(units);
			}

		};
		boolean[] closed = { false };
		ByteArrayOutputStream out = new ByteArrayOutputStream() {

			@Override
			public void close() {
				closed[0] = true;
			}

		};
		int packed = pack.write(files.city(), request(), out, progress);
		assertThat(packed).isEqualTo(2);
		assertThat(closed[0]).as("the caller's stream was closed").isFalse();
		assertThat(unzip(out.toByteArray())).containsKey(MANIFEST);
		assertThat(expected).containsExactly(2L);
		assertThat(done).containsExactly(1L, 2L);
		String detail = jdbc.queryForObject("""
				select detail from audit_event where action = 'EXPORT_PACK' and subject_id = ?
				order by id desc limit 1""", String.class, committee);
		assertThat(detail).contains(RECIPIENT).contains(": 2 files, 1 unreadable");
		// The pack number in the audit record is the one on the watermark, so a leaked copy can be traced.
		String packNumber = detail.substring("pack ".length(), detail.indexOf(" for "));
		PdfReader reader = new PdfReader(unzip(out.toByteArray()).get(folder(inReview, 2) + "/评审表.pdf"));
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "")).contains("包号" + packNumber);
		reader.close();
	}

	@Test
	void theFileNameNamesCommitteeYearAndRecipient() {
		assertThat(pack.fileName(request(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("评审材料包-" + PackFiles.COMMITTEE + "-2025年度-" + RECIPIENT);
		assertThat(pack.fileName(new PackRequest(committee, 2025, "a/b"), Locale.SIMPLIFIED_CHINESE))
			.doesNotContain("/")
			.endsWith("a_b");
		assertThat(pack.fileName(request(), Locale.ENGLISH)).isEqualTo("review-pack-" + committee + "-2025");
	}

	private PortalUser applicant() {
		PortalUser applicant = files.applicant();
		applicants.add(applicant);
		return applicant;
	}

	private PackRequest request() {
		return new PackRequest(committee, 2025, " " + RECIPIENT + " ");
	}

	private byte[] write(PortalUser viewer, ExportProgress progress) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pack.write(viewer, request(), out, progress);
		return out.toByteArray();
	}

	private PackRefusedException refusal(PortalUser viewer, PackRequest request) {
		try {
			pack.count(viewer, request);
		}
		catch (PackRefusedException refused) {
			return refused;
		}
		throw new AssertionError("not refused");
	}

	private String number(long id) {
		return jdbc.queryForObject("select number from application where id = ?", String.class, id);
	}

	private String name(long id) {
		return jdbc.queryForObject("select applicant_name from application where id = ?", String.class, id);
	}

	private String folder(long id, int sequence) {
		return "%03d-%s-%s".formatted(sequence, number(id), name(id));
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entries.put(entry.getName(), zip.readAllBytes())).as(entry.getName()).isNull();
			}
		}
		return entries;
	}

	private static List<List<String>> manifest(byte[] xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 12; i++) {
					cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}

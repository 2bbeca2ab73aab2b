package cn.zhicheng.portal.application.reviewform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.pdf.PdfFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/** The review form read back as a person and a machine would: its text, red boxes, links, watermark and size. */
class ReviewFormPdfTests {

	private static final Path SAMPLES = Path.of("target", "pdf-samples");

	/** FieldCell.MISSING (0xD0 0x1B 0x1B) as a PDF fill or stroke colour operator. */
	private static final Pattern RED = Pattern.compile("0\\.8156\\d* 0\\.1058\\d* 0\\.1058\\d* (rg|RG)");

	private static final PdfFonts fonts = new PdfFonts();

	private static RenderedForm full;

	private static RenderedForm empty;

	@BeforeAll
	static void render() throws IOException {
		ReviewFormPdf renderer = ReviewFormSamples.renderer(fonts);
		full = renderer.render(ReviewFormSamples.full(), ReviewFormSamples.photo(), false, ReviewFormSamples.BASE_URL);
		empty = renderer.render(ReviewFormSamples.empty(), null, true, ReviewFormSamples.BASE_URL);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve("review-form.pdf"), full.pdf());
		Files.write(SAMPLES.resolve("review-form-empty.pdf"), empty.pdf());
	}

	@Test
	void printsTheApplicantsValuesInChinese() throws IOException {
		// Table cells wrap long values over lines: compare without white space.
		String text = text(full.pdf()).replaceAll("\\s", "");
		assertThat(text).contains("广东省职称评审表", ReviewFormSamples.NAME, ReviewFormSamples.UNIT,
				ReviewFormSamples.SPECIALTY, "工程技术/建筑工程", "高级工程师（副高级）", "广州市建筑工程技术高级职称评审委员会",
				"2025年6月1日", "440106198304121234", "男", "硕士研究生", "工程师（中级）", "评审", "破格申报", "刘建国",
				"华南理工大学", "全日制", "结构检测室主任", "至今", "GDJXJY20240009", "优秀", "基本情况",
				"既有建筑混凝土结构耐久性检测方法比较研究", "一种钢筋保护层厚度无损检测装置", "获中级资格前主要从事桩基检测工作",
				"十三、人社部门备案", "应到人数");
		assertThat(full.missing()).isEmpty();
		assertThat(full.unprintable()).isEmpty();
		assertThat(text).doesNotContain("缺少：");
	}

	@Test
	void aCompleteFileHasNoRedAndAnEmptyOneIsRed() throws IOException {
		assertThat(RED.matcher(contents(full.pdf())).find()).isFalse();
		assertThat(RED.matcher(contents(empty.pdf())).find()).isTrue();
	}

	@Test
	void namesEveryMissingValueWithTheStepThatFillsIt() throws IOException {
		assertThat(empty.missing()).contains(new Missing(FilingStep.PERSONAL, "照片"),
				new Missing(FilingStep.PERSONAL, "出生年月"), new Missing(FilingStep.PERSONAL, "身份证号"),
				new Missing(FilingStep.UNIT, "工作单位"), new Missing(FilingStep.DECLARATION, "申报资格"),
				new Missing(FilingStep.DECLARATION, "评委会"), new Missing(FilingStep.EDUCATION, "学历记录"),
				new Missing(FilingStep.EDUCATION, "工作经历"), new Missing(FilingStep.TRAINING, "继续教育记录"),
				new Missing(FilingStep.APPRAISAL, "年度考核记录"), new Missing(FilingStep.BEFORE, "获现资格之前业绩"),
				new Missing(FilingStep.ACHIEVEMENTS, "任现职以来业绩成果"),
				new Missing(FilingStep.PERSONAL, "取得途径"));
		assertThat(empty.missing()).doesNotHaveDuplicates();
		String text = text(empty.pdf()).replaceAll("\\s", "");
		assertThat(text).contains("缺少：照片", "缺少：出生年月", "缺少：学历记录", "缺少：继续教育记录", "缺少：年度考核记录",
				"缺少：任现职以来业绩成果", "完善个人信息");
	}

	@Test
	void withoutATitleTheAchievementsBeforeItAreNotAsked() {
		var file = ReviewFormSamples.empty();
		var noTitle = new cn.zhicheng.portal.application.ApplicationFile(file.header(), file.applicant(), file.unit(),
				new cn.zhicheng.portal.application.ApplicationFile.Personal(null, null, null, null, null, null),
				file.educations(), file.works(), file.trainings(), file.achievements(), file.appraisals(),
				file.declaration(), null, null);
		RenderedForm form = ReviewFormSamples.renderer(fonts).render(noTitle, null, true, "");
		assertThat(form.missing()).extracting(Missing::step).doesNotContain(FilingStep.BEFORE);
		assertThat(form.missing()).contains(new Missing(FilingStep.ACHIEVEMENTS, "任现职以来业绩成果"));
	}

	@Test
	void everyRedBoxLinksToItsStep() throws IOException {
		List<String> links = links(empty.pdf());
		String base = ReviewFormSamples.BASE_URL;
		long id = ReviewFormSamples.ID;
		assertThat(links).contains(base + FilingStep.PERSONAL.path(id), base + FilingStep.UNIT.path(id),
				base + FilingStep.EDUCATION.path(id), base + FilingStep.TRAINING.path(id),
				base + FilingStep.DECLARATION.path(id), base + FilingStep.BEFORE.path(id));
		assertThat(links(full.pdf())).isEmpty();
	}

	@Test
	void thePreviewIsWatermarkedAndTheSubmittedFormIsNot() throws IOException {
		assertThat(text(empty.pdf())).contains("预览");
		assertThat(text(full.pdf())).doesNotContain("预览");
	}

	@Test
	void aCharacterTheFontLacksIsReportedAndPrintedAsItsCode() throws IOException {
		RenderedForm form = ReviewFormSamples.renderer(fonts)
			.render(ReviewFormSamples.full("吉𠮷"), null, true, "");
		assertThat(form.unprintable()).containsExactly(0x20BB7);
		assertThat(text(form.pdf())).contains("吉[U+20BB7]");
	}

	@Test
	void aFullFileIsAFewPagesUnder150Kb() throws IOException {
		try (PdfReader reader = new PdfReader(full.pdf())) {
			assertThat(reader.getNumberOfPages()).isBetween(5, 12);
		}
		try (PdfReader reader = new PdfReader(empty.pdf())) {
			assertThat(reader.getNumberOfPages()).isBetween(3, 6);
		}
		assertThat(full.pdf().length).isLessThan(150 * 1024);
	}

	@Test
	void embedsThePhotoAsStored() throws IOException {
		byte[] photo = ReviewFormSamples.photo();
		try (PdfReader reader = new PdfReader(full.pdf())) {
			boolean found = false;
			for (int i = 0; i < reader.getXrefSize(); i++) {
				PdfObject object = reader.getPdfObject(i);
				if (object instanceof org.openpdf.text.pdf.PRStream stream
						&& PdfName.DCTDECODE.equals(stream.get(PdfName.FILTER))) {
					found = java.util.Arrays.equals(PdfReader.getStreamBytesRaw(stream), photo);
				}
			}
			assertThat(found).as("the JPEG's bytes unchanged in the PDF").isTrue();
		}
	}

	static String text(byte[] pdf) throws IOException {
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
		}
		return text.toString();
	}

	private static String contents(byte[] pdf) throws IOException {
		StringBuilder contents = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				contents.append(new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1));
			}
		}
		return contents.toString();
	}

	private static List<String> links(byte[] pdf) throws IOException {
		List<String> links = new ArrayList<>();
		try (PdfReader reader = new PdfReader(pdf)) {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				PdfArray annotations = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
				if (annotations == null) {
					continue;
				}
				for (int i = 0; i < annotations.size(); i++) {
					PdfDictionary annotation = annotations.getAsDict(i);
					PdfDictionary action = annotation.getAsDict(PdfName.A);
					if (PdfName.LINK.equals(annotation.getAsName(PdfName.SUBTYPE)) && action != null) {
						links.add(action.getAsString(PdfName.URI).toUnicodeString());
					}
				}
			}
		}
		return links;
	}

}

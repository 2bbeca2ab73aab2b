package cn.zhicheng.portal.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sample form read back as a person and a machine would: its text, its size, its font and its pages as images. */
class SampleDocumentTests {

	private static final Path SAMPLES = Path.of("target", "pdf-samples");

	private static byte[] pdf;

	@BeforeAll
	static void build() throws IOException {
		pdf = new SampleDocument(new PdfFonts()).build();
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve("sample.pdf"), pdf);
	}

	@Test
	void textKeepsChineseLabelsTheRareNameMissingMarkersAndWatermark() throws IOException {
		String page1 = text(1);
		String page2 = text(2);
		assertThat(page1).contains("广东省职称评审表", "姓名", "出生日期", "工作单位", "广州市天河区第一人民医院",
				SampleDocument.NAME, "缺少：出生日期", "缺少：参加工作时间", "缺少：现职称取得时间", SampleDocument.PREVIEW);
		assertThat(page2).contains("三、专业技术工作业绩", "缺少：继续教育学时", "缺少：单位推荐意见", SampleDocument.PREVIEW);
	}

	@Test
	void isTwoPagesUnder150Kb() throws IOException {
		try (PdfReader reader = new PdfReader(pdf)) {
			assertThat(reader.getNumberOfPages()).isEqualTo(2);
		}
		assertThat(pdf.length).isLessThan(150 * 1024);
	}

	@Test
	void embedsTheFontAsASubset() throws IOException {
		List<String> names = new ArrayList<>();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfDictionary fontsOnPage = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
			for (PdfName key : fontsOnPage.getKeys()) {
				PdfObject base = fontsOnPage.getAsDict(key).get(PdfName.BASEFONT);
				names.add(PdfName.decodeName(base.toString()));
			}
		}
		assertThat(names).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC.*"), "a subset name");
		long fontFile = Files.size(Path.of("src/main/resources", PdfFonts.FONT));
		assertThat((long) pdf.length).isLessThan(fontFile / 20);
	}

	@Test
	void rendersToPageImages() throws Exception {
		Path pdfFile = SAMPLES.resolve("sample.pdf").toAbsolutePath();
		Path prefix = SAMPLES.resolve("sample").toAbsolutePath();
		Process process;
		try {
			process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdfFile.toString(), prefix.toString())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			if ("true".equals(System.getenv("CI"))) {
				fail("pdftoppm (poppler-utils) is needed on CI to render the PDF", ex);
			}
			assumeTrue(false, "pdftoppm (Debian poppler-utils) is not installed: PDF not rendered to PNG");
			return;
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
		for (Path page : List.of(SAMPLES.resolve("sample-1.png"), SAMPLES.resolve("sample-2.png"))) {
			assertThat(page).exists();
			assertThat(Files.size(page)).isGreaterThan(5_000);
		}
	}

	private static String text(int page) throws IOException {
		try (PdfReader reader = new PdfReader(pdf)) {
			return new PdfTextExtractor(reader).getTextFromPage(page);
		}
	}

}

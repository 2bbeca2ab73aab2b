package cn.zhicheng.portal.upload;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each check refuses a malformed file for the reason it has, not by accident: MalformedUploadTests only sees a 4xx,
 * which a wrong reason would give too. Real files pass.
 */
class UploadChecksTests {

	private static final Map<String, byte[]> files = MalformedFiles.everywhere();

	@Test
	void pdfsParseWithoutScriptPasswordOrTrailingData() {
		assertThat(PdfCheck.check(MalformedFiles.pdf())).isEqualTo(PdfCheck.Result.OK);
		assertThat(PdfCheck.check(files.get("PDF header around HTML"))).isEqualTo(PdfCheck.Result.DAMAGED);
		assertThat(PdfCheck.check(files.get("PDF header and EOF only"))).isEqualTo(PdfCheck.Result.DAMAGED);
		assertThat(PdfCheck.check(files.get("truncated PDF"))).isEqualTo(PdfCheck.Result.DAMAGED);
		assertThat(PdfCheck.check(files.get("PDF with HTML appended"))).isEqualTo(PdfCheck.Result.DAMAGED);
		assertThat(PdfCheck.check(files.get("PDF with JavaScript"))).isEqualTo(PdfCheck.Result.SCRIPTED);
		assertThat(PdfCheck.check(files.get("password-protected PDF"))).isEqualTo(PdfCheck.Result.ENCRYPTED);
		assertThat(PdfCheck.check(files.get("Windows EXE"))).isEqualTo(PdfCheck.Result.NOT_PDF);
	}

	/** Found by fuzzing: 332 bytes naming object 1000000392 ran OpenPDF's heap out while it rebuilt the table. */
	@Test
	void aPdfNamingAHugeObjectNumberIsRefusedBeforeItIsParsed() throws java.io.IOException {
		byte[] bomb;
		try (var in = getClass().getResourceAsStream("/cn/zhicheng/portal/application/attachment/"
				+ "AttachmentInspectorFuzzTestsInputs/attachment/huge-object-number.pdf")) {
			bomb = in.readAllBytes();
		}
		assertThat(bomb).hasSize(332);
		assertThat(PdfCheck.namesTooManyObjects(bomb)).as("refused before parsing").isTrue();
		assertThat(PdfCheck.check(bomb)).isEqualTo(PdfCheck.Result.DAMAGED);
		byte[] signed = "%PDF-1.7\n1000052491 -000\0\0\0obj\n\0%%EOF"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(PdfCheck.namesTooManyObjects(signed)).as("a generation its tokenizer reads as a number").isTrue();
		assertThat(PdfCheck.namesTooManyObjects(MalformedFiles.pdf())).as("a real PDF").isFalse();
		String valid = new String(MalformedFiles.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] hugeSize = valid.replaceFirst("/Size [0-9]+", "/Size 999999999999999999999")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(PdfCheck.namesTooManyObjects(hugeSize)).isTrue();
		assertThat(PdfCheck.check(hugeSize)).isEqualTo(PdfCheck.Result.DAMAGED);
	}

	@Test
	void imagesDecodeWithinTheirPixelBound() {
		assertThat(ImageCheck.check(MalformedFiles.photoJpeg(), true, 25_000_000)).isEqualTo(ImageCheck.Result.OK);
		assertThat(ImageCheck.check(MalformedFiles.image("png", 40, 40), false, 25_000_000))
			.isEqualTo(ImageCheck.Result.OK);
		assertThat(ImageCheck.check(files.get("PNG bomb 100000×100000"), false, 25_000_000))
			.isEqualTo(ImageCheck.Result.TOO_MANY_PIXELS);
		assertThat(ImageCheck.check(files.get("JPEG bomb 65000×65000"), true, 25_000_000))
			.isEqualTo(ImageCheck.Result.TOO_MANY_PIXELS);
		assertThat(ImageCheck.check(files.get("truncated JPEG"), true, 25_000_000)).isEqualTo(ImageCheck.Result.DAMAGED);
		assertThat(ImageCheck.check(files.get("corrupt JPEG scan"), true, 25_000_000))
			.isEqualTo(ImageCheck.Result.DAMAGED);
		assertThat(ImageCheck.check(files.get("JPEG then HTML"), true, 25_000_000)).isEqualTo(ImageCheck.Result.DAMAGED);
		assertThat(ImageCheck.check(files.get("truncated PNG"), false, 25_000_000)).isEqualTo(ImageCheck.Result.DAMAGED);
	}

	@Test
	void officeFilesHaveTheirPartsAndNothingUnsafe() {
		assertThat(OfficeCheck.ooxml(MalformedFiles.workbook(), "xl/workbook.xml")).isEqualTo(OfficeCheck.Result.OK);
		assertThat(OfficeCheck.ooxml(MalformedFiles.workbook(), "word/document.xml"))
			.isEqualTo(OfficeCheck.Result.NOT_OFFICE);
		assertThat(OfficeCheck.ooxml(files.get("zip bomb in a workbook"), "xl/workbook.xml"))
			.isEqualTo(OfficeCheck.Result.UNSAFE);
		assertThat(OfficeCheck.ooxml(files.get("workbook naming ../"), "xl/workbook.xml"))
			.isEqualTo(OfficeCheck.Result.UNSAFE);
		assertThat(OfficeCheck.ooxml(files.get("workbook naming /etc"), "xl/workbook.xml"))
			.isEqualTo(OfficeCheck.Result.UNSAFE);
		assertThat(OfficeCheck.ooxml(files.get("xlsx that is not a ZIP"), "xl/workbook.xml"))
			.isEqualTo(OfficeCheck.Result.NOT_OFFICE);
		assertThat(OfficeCheck.ooxml(files.get("plain ZIP"), "xl/workbook.xml")).isEqualTo(OfficeCheck.Result.NOT_OFFICE);
		assertThat(OfficeCheck.ole(files.get("OLE header and noise"), Set.of("Workbook")))
			.isEqualTo(OfficeCheck.Result.NOT_OFFICE);
	}

}

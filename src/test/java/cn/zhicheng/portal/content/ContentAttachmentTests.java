package cn.zhicheng.portal.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.content.domain.ContentService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Uploads are judged by their bytes and size; downloads keep their Chinese names. */
@PortalTest
class ContentAttachmentTests {

	static final byte[] PDF = pdf();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentService content;

	@Autowired
	UserDetailsService users;

	@Test
	void aGoodPdfIsStoredWithItsChineseName() {
		MvcTestResult result = upload("附件测试PDF", "C:\\Users\\李明\\申报\u0007材料.pdf", PDF);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		ContentView item = only("附件测试PDF");
		assertThat(item.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("申报材料.pdf");
			assertThat(file.contentType()).isEqualTo("application/pdf");
		});
	}

	@Test
	void aGoodWorkbookIsStored() throws IOException {
		MvcTestResult result = upload("附件测试XLSX", "汇总表.xlsx", workbook());
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(only("附件测试XLSX").attachments()).singleElement()
			.satisfies(file -> assertThat(file.contentType()).endsWith("spreadsheetml.sheet"));
	}

	@Test
	void aPdfRenamedToDocxIsRefusedBesideTheFileField() {
		refused("附件测试改名", "评审表.docx", PDF, "文件内容与扩展名不符");
	}

	@Test
	void aZipWithoutWordPartsIsNotADocx() throws IOException {
		refused("附件测试压缩包", "材料.docx", zip("readme.txt"), "文件内容与扩展名不符");
	}

	@Test
	void anExecutableIsRefused() {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		refused("附件测试EXE", "setup.exe", exe, "只接受", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		refused("附件测试EXE改名", "setup.pdf", exe, "文件内容与扩展名不符");
	}

	@Test
	void aFileOverTheLimitIsRefused() {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		refused("附件测试超大", "大文件.pdf", big, "超过 10 MB", HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void aDownloadCarriesTheEncodedChineseNameAndItsType() {
		upload("附件测试下载", "广东省职称评审表.pdf", PDF);
		ContentView item = only("附件测试下载");
		this.content.publish(item.id());
		MvcTestResult result = this.mvc.get()
			.uri("/content/attachments/{id}", item.attachments().getFirst().id())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.OK).hasContentType("application/pdf");
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"")
			.contains("filename*=UTF-8''" + UriUtils.encode("广东省职称评审表.pdf", StandardCharsets.UTF_8));
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
	}

	@Test
	void anUnpublishedItemsAttachmentIsNotFound() {
		upload("附件测试未发布", "草稿.pdf", PDF);
		ContentView item = only("附件测试未发布");
		assertThat(this.mvc.get().uri("/content/attachments/{id}", item.attachments().getFirst().id()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aFakePdfWithTheRightHeaderIsRefusedAsDamaged() {
		byte[] fake = "%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		refused("附件测试伪PDF", "通知.pdf", fake, "文件不完整或已损坏", HttpStatus.BAD_REQUEST);
	}

	private void refused(String title, String fileName, byte[] bytes, String message) {
		refused(title, fileName, bytes, message, null);
	}

	private void refused(String title, String fileName, byte[] bytes, String message,
			@Nullable HttpStatus status) {
		MvcTestResult result = upload(title, fileName, bytes);
		assertThat(result.getResponse().getStatus()).isBetween(400, 499);
		if (status != null) {
			assertThat(result).hasStatus(status);
		}
		String page = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"attachment-error\"", message, "value=\"" + title + "\"", "正文保留");
		assertThat(this.content.forEditor(null, title, 0).rows()).isEmpty();
	}

	private MvcTestResult upload(String title, String fileName, byte[] bytes) {
		return this.mvc.post()
			.uri("/admin/content")
			.multipart()
			.file(new MockMultipartFile("attachment", fileName, "application/octet-stream", bytes))
			.param("section", "DOWNLOAD")
			.param("title", title)
			.param("bodyMarkdown", "正文保留")
			.with(user(this.users.loadUserByUsername("demo-admin")))
			.with(csrf())
			.exchange();
	}

	private ContentView only(String title) {
		ContentSummary row = this.content.forEditor(null, title, 0).rows().getFirst();
		return this.content.item(row.id()).orElseThrow();
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	/** A real one-page PDF, as OpenPDF writes it. */
	static byte[] pdf() {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		org.openpdf.text.Document document = new org.openpdf.text.Document();
		org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
		document.open();
		document.add(new org.openpdf.text.Paragraph("Notice"));
		document.close();
		return out.toByteArray();
	}

	/** A real .xlsx, as POI writes it. */
	static byte[] workbook() throws IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			workbook.createSheet("汇总").createRow(0).createCell(0).setCellValue("姓名");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}

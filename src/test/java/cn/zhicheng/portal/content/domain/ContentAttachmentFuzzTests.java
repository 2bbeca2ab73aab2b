package cn.zhicheng.portal.content.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.application.attachment.Samples;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the content module's {@link AttachmentInspector} (issue #10) as {@code ContentService} calls it: the name
 * cleaned first, then the bytes checked against the name's extension. Whatever the name and bytes, the answer is a
 * message key the editor can read or none, never an exception; a file let through carries its extension's signature;
 * a cleaned name is never blank, has no path, quote or control character, and never starts with a dot. The first
 * byte of an input is the name's length in UTF-8 bytes, the name follows, then the file.
 */
class ContentAttachmentFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("content-attachment");

	private static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final ResourceBundle messages = ResourceBundle.getBundle("i18n/content", Locale.SIMPLIFIED_CHINESE);

	@MethodSource("uploads")
	@FuzzTest
	void upload(byte[] input) {
		runs.run(() -> {
			int nameLength = input.length == 0 ? 0 : Math.min(input[0] & 0xFF, input.length - 1);
			int start = Math.min(input.length, 1);
			String name = new String(input, start, nameLength, StandardCharsets.UTF_8);
			byte[] bytes = Arrays.copyOfRange(input, start + nameLength, input.length);
			String clean = AttachmentInspector.cleanName(name);
			assertThat(clean).isNotBlank().doesNotStartWith(".").doesNotContain("/", "\\", "\"");
			assertThat(clean.codePoints()).noneMatch(c -> Character.isISOControl(c)
					|| Character.getType(c) == Character.FORMAT);
			Optional<String> problem = AttachmentInspector.problem(clean, bytes, MAX_BYTES);
			problem.ifPresent(key -> assertThat(messages.containsKey(key)).as(key).isTrue());
			if (problem.isEmpty()) {
				String type = AttachmentInspector.contentType(clean);
				assertThat(AttachmentInspector.TYPES).containsValue(type);
				assertThat(bytes).startsWith(signature(type));
			}
		});
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	static Stream<byte[]> uploads() {
		return Stream.of(upload("通知.pdf", Samples.pdf()), upload("申报表.docx", office("word/document.xml")),
				upload("名单.xlsx", office("xl/workbook.xml")), upload("照片.png", Samples.png(32, 32)),
				upload("C:\\temp\\扫描件.jpg", Samples.jpeg(32, 32)));
	}

	private static byte[] signature(String contentType) {
		return switch (contentType) {
			case "application/pdf" -> "%PDF-".getBytes(StandardCharsets.US_ASCII);
			case "image/jpeg" -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
			case "image/png" -> new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
			case "application/msword", "application/vnd.ms-excel" ->
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
			default -> new byte[] { 'P', 'K', 3, 4 };
		};
	}

	private static byte[] upload(String name, byte[] bytes) {
		byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(encoded.length);
		out.writeBytes(encoded);
		out.writeBytes(bytes);
		return out.toByteArray();
	}

	/** The smallest Office Open XML look-alike: a ZIP with one part in the folder that tells its kind. */
	private static byte[] office(String part) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.putNextEntry(new ZipEntry(part));
			zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

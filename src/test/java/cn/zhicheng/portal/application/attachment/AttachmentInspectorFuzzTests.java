package cn.zhicheng.portal.application.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import cn.zhicheng.portal.FuzzRuns;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the applicant's {@link AttachmentInspector} (issue #10) with the default limits: any bytes are a PDF, JPEG
 * or PNG, or refused with {@link AttachmentRefusedException} naming a message the applicant can read; nothing else
 * is thrown, nothing hangs, the heap (512 MB) holds. A type it returns is backed by the bytes: the signature, and for
 * a PDF its end marker. Seeded with a real file of each kind and a ZIP.
 */
class AttachmentInspectorFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("attachment");

	private static final AttachmentInspector inspector = new AttachmentInspector(
			new AttachmentLimits(DataSize.ofMegabytes(10), 20, DataSize.ofMegabytes(100), 100_000_000));

	private static final ResourceBundle messages = ResourceBundle.getBundle("i18n/attachment",
			Locale.SIMPLIFIED_CHINESE);

	@MethodSource("files")
	@FuzzTest
	void attachment(byte[] upload) {
		runs.run(() -> {
			try {
				FileType type = inspector.inspect(upload);
				String head = new String(upload, 0, Math.min(upload.length, 8), StandardCharsets.ISO_8859_1);
				switch (type) {
					case PDF -> assertThat(head).startsWith("%PDF-");
					case JPEG -> assertThat(head).startsWith("\u00FF\u00D8\u00FF");
					case PNG -> assertThat(head).isEqualTo("\u0089PNG\r\n\u001A\n");
				}
			}
			catch (AttachmentRefusedException refused) {
				assertThat(messages.containsKey(refused.messageKey())).as(refused.messageKey()).isTrue();
			}
		});
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	static Stream<byte[]> files() {
		return Stream.of(Samples.pdf(), Samples.jpeg(64, 48), Samples.png(64, 48), Samples.zip());
	}

}

package cn.zhicheng.portal.application.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The type of an upload comes from its bytes: real PDFs, JPEGs and PNGs pass, anything else or anything damaged is
 * refused with the message that says why, and the size limits hold. Plain unit tests with small limits, so no
 * separate Spring context is started for them.
 */
class AttachmentInspectorTests {

	private final AttachmentInspector inspector = new AttachmentInspector(
			new AttachmentLimits(DataSize.ofMegabytes(10), 20, DataSize.ofMegabytes(100), 100_000_000));

	@Test
	void realFilesAreRecognisedByTheirBytes() {
		assertThat(inspector.inspect(Samples.pdf())).isEqualTo(FileType.PDF);
		assertThat(inspector.inspect(Samples.jpeg(300, 200))).isEqualTo(FileType.JPEG);
		assertThat(inspector.inspect(Samples.png(300, 200))).isEqualTo(FileType.PNG);
	}

	@Test
	void otherContentIsRefusedWhateverItIsCalled() {
		assertRefused(() -> inspector.inspect(Samples.zip()), "attachment.error.type");
		assertRefused(() -> inspector.inspect(Samples.text("<!DOCTYPE html><html><script>alert(1)</script>")),
				"attachment.error.type");
		assertRefused(() -> inspector.inspect(Samples.text("just some text")), "attachment.error.type");
		byte[] heic = new byte[32];
		System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
		assertRefused(() -> inspector.inspect(heic), "attachment.error.heic");
	}

	@Test
	void damagedFilesAreRefused() {
		byte[] pdf = Samples.pdf();
		assertRefused(() -> inspector.inspect(Arrays.copyOf(pdf, pdf.length / 2)), "attachment.error.damaged");
		byte[] jpeg = Samples.jpeg(400, 400);
		assertRefused(() -> inspector.inspect(Arrays.copyOf(jpeg, jpeg.length / 2)), "attachment.error.damaged");
		byte[] png = Samples.png(400, 400);
		assertRefused(() -> inspector.inspect(Arrays.copyOf(png, png.length / 2)), "attachment.error.damaged");
		assertRefused(() -> inspector.inspect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2 }),
				"attachment.error.damaged");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertRefused(() -> inspector.inspect(new byte[0]), "attachment.error.empty");
		AttachmentInspector small = new AttachmentInspector(
				new AttachmentLimits(DataSize.ofBytes(2000), 20, DataSize.ofMegabytes(1), 100_000_000));
		byte[] pdf = Samples.pdf();
		assertThat(pdf.length).isLessThan(2000);
		assertThat(small.inspect(pdf)).isEqualTo(FileType.PDF);
		byte[] large = Samples.png(600, 600);
		assertThat(large.length).isGreaterThan(2000);
		assertThatExceptionOfType(AttachmentRefusedException.class).isThrownBy(() -> small.inspect(large))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("attachment.error.too-large"));
	}

	@Test
	void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
		AttachmentInspector strict = new AttachmentInspector(
				new AttachmentLimits(DataSize.ofMegabytes(10), 20, DataSize.ofMegabytes(100), 10_000));
		assertThat(strict.inspect(Samples.png(100, 100))).isEqualTo(FileType.PNG);
		assertRefused(() -> strict.inspect(Samples.png(101, 100)), "attachment.error.too-many-pixels");
		assertRefused(() -> strict.inspect(Samples.jpeg(200, 200)), "attachment.error.too-many-pixels");
	}

	private static void assertRefused(ThrowingCallable call, String key) {
		assertThatExceptionOfType(AttachmentRefusedException.class).isThrownBy(call)
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo(key));
	}

}

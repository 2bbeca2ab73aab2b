package cn.zhicheng.portal.application.attachment;

import cn.zhicheng.portal.application.FilingStep;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The small rules around an upload: room left, the stored name, where a form goes back to, sections and steps. */
class AttachmentRulesTests {

	private final AttachmentLimits limits = new AttachmentLimits(DataSize.ofMegabytes(10), 3, DataSize.ofKilobytes(100),
			100_000_000);

	@Test
	void aSectionAndAnApplicationHoldOnlySoMuch() {
		assertThatNoException().isThrownBy(() -> limits.checkRoom(2, 50 * 1024, 50 * 1024));
		assertThatExceptionOfType(AttachmentRefusedException.class).isThrownBy(() -> limits.checkRoom(3, 0, 1))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("attachment.error.section-full"))
			.satisfies(refused -> assertThat(refused.arguments()).containsExactly(3));
		assertThatExceptionOfType(AttachmentRefusedException.class)
			.isThrownBy(() -> limits.checkRoom(0, 50 * 1024, 50 * 1024 + 1))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("attachment.error.total-full"));
	}

	@Test
	void theDefaultsAreTenMegabytesTwentyFilesAndAHundredMegabytes() {
		AttachmentHints hints = new AttachmentHints(
				new AttachmentLimits(DataSize.ofMegabytes(10), 20, DataSize.ofMegabytes(100), 100_000_000));
		assertThat(hints.maxFileMegabytes()).isEqualTo("10");
		assertThat(hints.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
		assertThat(hints.maxTotalMegabytes()).isEqualTo("100");
		assertThat(hints.size(1)).isEqualTo("1 KB");
		assertThat(hints.size(1536 * 1024)).isEqualTo("1.5 MB");
	}

	@Test
	void theStoredNameKeepsChineseButNoPathControlCharactersOrFalseExtension() {
		assertThat(FileNames.clean("C:\\Users\\王\\毕业证书.PDF", FileType.PDF)).isEqualTo("毕业证书.pdf");
		assertThat(FileNames.clean("../../etc/学位证.jpeg", FileType.JPEG)).isEqualTo("学位证.jpeg");
		assertThat(FileNames.clean("证书\u202Egpj.exe", FileType.PNG)).isEqualTo("证书gpj.exe.png");
		assertThat(FileNames.clean("a\r\nb\"c.pdf", FileType.PDF)).isEqualTo("abc.pdf");
		assertThat(FileNames.clean("扫描件.jpg", FileType.PNG)).as("named .jpg but a PNG").isEqualTo("扫描件.jpg.png");
		assertThat(FileNames.clean("", FileType.PDF)).isEqualTo("attachment.pdf");
		assertThat(FileNames.clean(".pdf", FileType.PDF)).isEqualTo("attachment.pdf");
		String longName = "长".repeat(300) + ".pdf";
		assertThat(FileNames.clean(longName, FileType.PDF)).hasSize(FileNames.MAX_LENGTH).endsWith("长.pdf");
		String emoji = "😀".repeat(100) + ".png";
		String cleaned = FileNames.clean(emoji, FileType.PNG);
		assertThat(cleaned.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
		assertThat(cleaned).as("no half of a surrogate pair").endsWith("😀.png");
		assertThat(cleaned.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
	}

	@Test
	void onlyAPathOfTheSameApplicationIsAPlaceToGoBackTo() {
		String fallback = "/applicant/applications/7/steps/education";
		assertThat(ReturnPaths.safe(7, "/applicant/applications/7/steps/training", fallback))
			.isEqualTo("/applicant/applications/7/steps/training");
		assertThat(ReturnPaths.safe(7, "/applicant/applications/7/steps/training?saved=1#attachments-TRAINING",
				fallback))
			.isEqualTo("/applicant/applications/7/steps/training?saved=1#attachments-TRAINING");
		for (String bad : new String[] { null, "", "https://evil.example/", "//evil.example/x",
				"/applicant/applications/8/steps/training", "/applicant/applications/7//evil.example",
				"/applicant/applications/7/../../../logout", "/applicant/applications/7/%2e%2e/x",
				"/applicant/applications/7/\\evil.example", "/applicant/applications/70/steps",
				"/applicant/applications/7/steps\r\nLocation: https://evil.example" }) {
			assertThat(ReturnPaths.safe(7, bad, fallback)).as(String.valueOf(bad)).isEqualTo(fallback);
		}
	}

	@Test
	void everySectionBelongsToAStepAndEveryStepToAtMostOneSection() {
		for (AttachmentSection section : AttachmentSection.values()) {
			assertThat(AttachmentSection.forStep(section.step())).contains(section);
		}
		assertThat(AttachmentSection.forStep(FilingStep.EDUCATION)).contains(AttachmentSection.EDUCATION);
		assertThat(AttachmentSection.forStep(FilingStep.SUBMIT)).isEmpty();
	}

}

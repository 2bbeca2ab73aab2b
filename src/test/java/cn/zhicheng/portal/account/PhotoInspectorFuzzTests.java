package cn.zhicheng.portal.account;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.account.domain.PhotoCheck;
import cn.zhicheng.portal.account.domain.PhotoCheck.Accepted;
import cn.zhicheng.portal.account.domain.PhotoCheck.Refused;
import cn.zhicheng.portal.account.domain.PhotoInspector;
import cn.zhicheng.portal.application.attachment.Samples;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link PhotoInspector} (issue #10) with the portal's default policy: any bytes are accepted or refused with
 * a message the applicant can read, never an exception, a hang or the heap run out (the fuzzing JVM has 512 MB). An
 * accepted photo is a plain JPEG of the size it claims, within the policy, and is accepted again when re-inspected.
 * Seeded with a photo of the right size in each format and one too small.
 */
class PhotoInspectorFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("photo");

	private static final PhotoPolicy policy = new PhotoPolicy(512000, 390, 567, 33, 48, 0.05, 25_000_000, 0.9f);

	private static final PhotoInspector inspector = new PhotoInspector(policy);

	private static final ResourceBundle messages = ResourceBundle.getBundle("i18n/photo", Locale.SIMPLIFIED_CHINESE);

	@MethodSource("photos")
	@FuzzTest
	void photo(byte[] upload) {
		runs.run(() -> {
			PhotoCheck check = inspector.inspect(upload);
			if (check instanceof Refused refused) {
				assertThat(messages.containsKey(refused.messageKey())).as(refused.messageKey()).isTrue();
			}
			else {
				Accepted accepted = (Accepted) check;
				BufferedImage stored = read(accepted.jpeg());
				assertThat(accepted.jpeg()).startsWith(0xFF, 0xD8, 0xFF);
				assertThat(stored.getWidth()).isEqualTo(accepted.width()).isGreaterThanOrEqualTo(policy.minWidth());
				assertThat(stored.getHeight()).isEqualTo(accepted.height()).isGreaterThanOrEqualTo(policy.minHeight());
				assertThat((long) stored.getWidth() * stored.getHeight()).isLessThanOrEqualTo(policy.maxPixels());
				assertThat(inspector.inspect(accepted.jpeg())).isInstanceOf(Accepted.class);
			}
		});
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	static Stream<byte[]> photos() {
		return Stream.of(Samples.jpeg(390, 567), Samples.png(390, 567), Samples.jpeg(100, 145));
	}

	private static BufferedImage read(byte[] jpeg) {
		try {
			return ImageIO.read(new ByteArrayInputStream(jpeg));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

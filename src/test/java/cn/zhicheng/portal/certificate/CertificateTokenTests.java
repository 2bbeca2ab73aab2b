package cn.zhicheng.portal.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.zhicheng.portal.certificate.domain.CertificateKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR token (issue #7 part 1): what it names comes back only with its own signature under the same key. */
class CertificateTokenTests {

	private final CertificateKeys keys = new CertificateKeys("a test signing key");

	@Test
	void aTokenNamesItsCertificate() {
		String token = keys.token(42, "粤职证2025000042");
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(keys.open(token)).contains(new CertificateKeys.Signed(42, "粤职证2025000042"));
	}

	@Test
	void anAlteredPayloadIsDetected() {
		String token = keys.token(42, "粤职证2025000042");
		String signature = token.substring(token.indexOf('.') + 1);
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("43:粤职证2025000043".getBytes(StandardCharsets.UTF_8));
		assertThat(keys.open(forged + "." + signature)).isEmpty();
	}

	@Test
	void anAlteredSignatureIsDetected() {
		String token = keys.token(42, "粤职证2025000042");
		char last = token.charAt(token.length() - 1);
		String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		assertThat(keys.open(altered)).isEmpty();
		assertThat(keys.open(token.substring(0, token.indexOf('.')))).as("no signature").isEmpty();
		assertThat(keys.open("not a token")).isEmpty();
		assertThat(keys.open(token + ".x")).isEmpty();
	}

	@Test
	void aTokenSignedWithAnotherKeyIsDetected() {
		String token = new CertificateKeys("another key").token(42, "粤职证2025000042");
		assertThat(keys.open(token)).isEmpty();
	}

}

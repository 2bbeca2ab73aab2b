package cn.zhicheng.portal.certificate.registry;

import java.nio.charset.StandardCharsets;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificates' secret ({@code portal.certificate.signing-key}, env {@code PORTAL_CERTIFICATE_SIGNING_KEY}). It
 * keys the hash under which a holder's ID number is stored and looked up, so it must be the same on every instance and
 * never change once certificates are stored: a new key makes every stored hash unfindable.
 *
 * @param signingKey the secret; blank derives one from the personal-data key, the same on every instance
 */
@ConfigurationProperties("portal.certificate")
public record CertificateKeySettings(@DefaultValue("") String signingKey) {

	/**
	 * The secret's bytes; unset, derived from the personal-data key, which every instance shares and which outlives
	 * restarts, so QR tokens and stored hashes hold everywhere (issue #11). The one place both users of the key read it.
	 */
	public byte[] secret(PersonalDataCipher cipher) {
		return signingKey.isEmpty() ? cipher.derivedSecret("certificate signing")
				: signingKey.getBytes(StandardCharsets.UTF_8);
	}

}

package cn.zhicheng.portal.certificate.registry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.validation.IdNumbers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way a holder's ID number is kept with a certificate: an HMAC-SHA256 of the normalised number keyed with
 * {@code portal.certificate.signing-key}, as 64 lower-case hex characters. A plain hash would not do: the ID space is
 * small enough (birth dates × sequence numbers) to enumerate, so without the key anyone with the table could recover
 * every number (PIPL's minimum-necessary principle). Import, correction requests and the public lookup all call
 * {@link #of(String)}, so the same person always gives the same hash.
 */
@Component
public class IdNumberHash {

	private static final String HMAC = "HmacSHA256";

	private final SecretKeySpec key;

	/** For tools and tests: the key as {@code portal.certificate.signing-key}, which must not be blank. */
	IdNumberHash(CertificateKeySettings settings) {
		this(settings.signingKey().getBytes(StandardCharsets.UTF_8));
	}

	@Autowired
	IdNumberHash(CertificateKeySettings settings, PersonalDataCipher cipher) {
		this(settings.secret(cipher));
	}

	private IdNumberHash(byte[] secret) {
		this.key = new SecretKeySpec(secret, HMAC);
	}

	/**
	 * The hash of an ID number as typed: full-width characters folded, blanks stripped and x upper-cased first
	 * (exactly as {@link IdNumbers} reads it), so "４４０…x " and "440…X" give the same hash. The number is not
	 * validated here: callers validate it first.
	 */
	public String of(String idNumber) {
		return hex(normalise(idNumber));
	}

	/** The number as {@link IdNumbers} reads it; its check returns the normalised value whatever it decides. */
	static String normalise(String idNumber) {
		return IdNumbers.check(idNumber, LocalDate.MAX).value();
	}

	/** A keyed hash of another value for this package's own uses, told apart from ID numbers by its purpose. */
	String keyed(String purpose, String value) {
		return hex(purpose + ":" + value);
	}

	private String hex(String value) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

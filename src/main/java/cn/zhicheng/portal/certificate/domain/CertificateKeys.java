package cn.zhicheng.portal.certificate.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;


import cn.zhicheng.portal.certificate.registry.CertificateKeySettings;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes of certificates, all HMAC-SHA256 with {@code portal.certificate.signing-key}, each with its own
 * prefix so one can never stand for another: the QR token (the certificate's id and number, signed, so a forged or
 * altered token is detected), and the client's address (the
 * rate limit counts it without holding it; PIPL treats an address as personal information).
 */
@Component
public class CertificateKeys {

	private static final String HMAC = "HmacSHA256";

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	@Autowired
	CertificateKeys(CertificateKeySettings settings, PersonalDataCipher cipher) {
		this(settings.secret(cipher));
	}

	public CertificateKeys(String secret) {
		this(secret.getBytes(StandardCharsets.UTF_8));
	}

	private CertificateKeys(byte[] secret) {
		this.key = new SecretKeySpec(secret, HMAC);
	}

	/** {@code base64url(id:number).base64url(signature)} */
	public String token(long id, String number) {
		String payload = B64.encodeToString((id + ":" + number).getBytes(StandardCharsets.UTF_8));
		return payload + "." + B64.encodeToString(mac("token:" + payload));
	}

	/** The id and number a token names, when its signature is this key's. */
	public Optional<Signed> open(String token) {
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		byte[] given;
		String text;
		try {
			given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			text = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(mac("token:" + payload), given)) {
			return Optional.empty();
		}
		int colon = text.indexOf(':');
		try {
			return Optional.of(new Signed(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1)));
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

	private byte[] mac(String value) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a valid token says. */
	public record Signed(long id, String number) {
	}

}

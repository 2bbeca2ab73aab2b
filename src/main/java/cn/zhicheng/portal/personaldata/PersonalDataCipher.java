package cn.zhicheng.portal.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seals and opens personal numbers with AES-256-GCM: a fresh 96-bit nonce per value and a 128-bit tag, so equal
 * numbers give different ciphertexts and any change to a stored value is detected rather than read as another number.
 * A sealed value reads {@code pd1:<key id>:<base64 of nonce, ciphertext and tag>}; the key id tells at once which key
 * sealed it, so a wrong key is reported as such instead of as corrupt data. The AES key and the {@link BlindIndex}
 * key are derived from one master key (HMAC-SHA256 with distinct labels), so one secret serves both and neither
 * reveals the other.
 */
@Component
public class PersonalDataCipher {

	private static final String FORMAT = "pd1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec sealKey;

	private final String keyId;

	private final byte[] indexKey;

	private final byte[] sharedSecretKey;

	@Autowired
	PersonalDataCipher(PersonalDataSettings settings, Environment environment) {
		this(PersonalDataKey.resolve(settings, environment));
	}

	/** For tools outside the portal's context (the benchmark data set): the key as {@code portal.personal-data.key}. */
	public static PersonalDataCipher withKey(String base64Key) {
		return new PersonalDataCipher(PersonalDataKey.decode(base64Key, "key"));
	}

	PersonalDataCipher(byte[] masterKey) {
		this.sealKey = new SecretKeySpec(derive(masterKey, "portal personal data: seal v1"), "AES");
		this.keyId = HexFormat.of().formatHex(derive(masterKey, "portal personal data: key id v1"), 0, 4);
		this.indexKey = derive(masterKey, "portal personal data: index v1");
		this.sharedSecretKey = derive(masterKey, "portal shared secrets v1");
	}

	/**
	 * A secret of its own for {@code purpose}, derived from the personal-data key (HMAC, one label per purpose, so
	 * neither reveals the other nor the key): for the secrets an operator may leave unset (the certificate signing
	 * key, the objections pepper). Every instance has the same personal-data key, so every instance derives the same
	 * secret, and it survives restarts: a QR code signed on one instance verifies on another (issue #11).
	 */
	public byte[] derivedSecret(String purpose) {
		return hmac(sharedSecretKey, purpose.getBytes(StandardCharsets.UTF_8));
	}

	/** The sealed form of {@code value}; {@code null} stays {@code null}. */
	public @Nullable String seal(@Nullable String value) {
		if (value == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(header().getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return header() + Base64.getEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** The value {@link #seal} sealed; {@code null} stays {@code null}. */
	public @Nullable String open(@Nullable String sealed) {
		if (sealed == null) {
			return null;
		}
		if (!sealed.startsWith(FORMAT + ":")) {
			throw new UnreadablePersonalDataException("a stored personal number is not sealed");
		}
		if (!sealed.startsWith(header())) {
			throw new UnreadablePersonalDataException("a stored personal number was sealed with key "
					+ sealed.substring(FORMAT.length() + 1, Math.min(sealed.length(), FORMAT.length() + 9))
					+ ", not with the configured key " + keyId + " (PORTAL_PERSONAL_DATA_KEY)");
		}
		try {
			byte[] in = Base64.getDecoder().decode(sealed.substring(header().length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			cipher.updateAAD(header().getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new UnreadablePersonalDataException("a stored personal number fails its integrity check");
		}
	}

	/** HMAC-SHA256 under the index key, as 64 lower-case hex characters (BlindIndex). */
	String keyedHash(String value) {
		return HexFormat.of().formatHex(hmac(indexKey, value.getBytes(StandardCharsets.UTF_8)));
	}

	private String header() {
		return FORMAT + ":" + keyId + ":";
	}

	private static byte[] derive(byte[] masterKey, String label) {
		return hmac(masterKey, label.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}

package cn.zhicheng.portal.application.notice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;

import org.springframework.stereotype.Component;

/**
 * The keyed hashes behind the objection form's defences. A client is known only by an HMAC of its address with the
 * server's pepper, so the table can count a client's objections without holding its address (PIPL: an IP address
 * is personal information). The form carries the time it was shown, signed with the same key, so a script cannot
 * forge an older form to beat the minimum fill time.
 */
@Component
class ObjectionGuard {

	private static final String HMAC = "HmacSHA256";

	/** What a stamp says about the form it came with. */
	enum Stamp {

		VALID, MISSING_OR_FORGED, TOO_FAST, TOO_OLD

	}

	private final SecretKeySpec key;

	private final ObjectionSettings settings;

	private final Clock clock;

	/** Unset, the pepper is derived from the personal-data key, which every instance shares (issue #11). */
	ObjectionGuard(ObjectionSettings settings, Clock clock, PersonalDataCipher cipher) {
		this.settings = settings;
		this.clock = clock;
		byte[] pepper = settings.pepper().getBytes(StandardCharsets.UTF_8);
		this.key = new SecretKeySpec(pepper.length > 0 ? pepper : cipher.derivedSecret("objections pepper"), HMAC);
	}

	/** The hidden field of a form shown now for this file: the time and its signature. */
	String issue(long applicationId) {
		long millis = clock.millis();
		return millis + "." + sign("stamp:" + applicationId + ":" + millis);
	}

	Stamp check(long applicationId, @Nullable String stamp) {
		if (stamp == null) {
			return Stamp.MISSING_OR_FORGED;
		}
		int dot = stamp.indexOf('.');
		long millis;
		try {
			millis = Long.parseLong(stamp.substring(0, Math.max(dot, 0)));
		}
		catch (NumberFormatException notANumber) {
			return Stamp.MISSING_OR_FORGED;
		}
		byte[] expected = sign("stamp:" + applicationId + ":" + millis).getBytes(StandardCharsets.US_ASCII);
		byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return Stamp.MISSING_OR_FORGED;
		}
		Duration age = Duration.ofMillis(clock.millis() - millis);
		if (age.compareTo(settings.minFillTime()) < 0) {
			return Stamp.TOO_FAST;
		}
		return age.compareTo(settings.maxFormAge()) > 0 ? Stamp.TOO_OLD : Stamp.VALID;
	}

	/** The client's address, keyed: the same address gives the same hash on every instance that shares the pepper. */
	String client(String address) {
		return HexFormat.of().formatHex(mac("client:" + address));
	}

	/** The text as compared for duplicates: blanks collapsed, so a few extra spaces do not make a new complaint. */
	static String textHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String sign(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(value));
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

}

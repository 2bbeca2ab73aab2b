package cn.zhicheng.portal.certificate.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The public correction form's defences, after the objection form's (application/notice/ObjectionGuard, whose API is
 * its package's): the form carries the time it was shown, signed, so a script cannot forge an older form to beat the
 * minimum fill time; a client is known only by a keyed hash of its address (PIPL: an address is personal
 * information). Keyed with the certificates' secret, each use under its own purpose.
 */
@Component
class CorrectionGuard {

	/** What a stamp says about the form it came with. */
	enum Stamp {

		VALID, MISSING_OR_FORGED, TOO_FAST, TOO_OLD

	}

	private final IdNumberHash keys;

	private final RegistrySettings settings;

	private final Clock clock;

	CorrectionGuard(IdNumberHash keys, RegistrySettings settings, Clock clock) {
		this.keys = keys;
		this.settings = settings;
		this.clock = clock;
	}

	/** The hidden field of a form shown now: the time and its signature. */
	String issue() {
		long millis = clock.millis();
		return millis + "." + keys.keyed("correction-stamp", String.valueOf(millis));
	}

	Stamp check(@Nullable String stamp) {
		int dot = stamp == null ? -1 : stamp.indexOf('.');
		if (stamp == null || dot < 1) {
			return Stamp.MISSING_OR_FORGED;
		}
		long millis;
		try {
			millis = Long.parseLong(stamp.substring(0, dot));
		}
		catch (NumberFormatException notANumber) {
			return Stamp.MISSING_OR_FORGED;
		}
		byte[] expected = keys.keyed("correction-stamp", String.valueOf(millis)).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Stamp.MISSING_OR_FORGED;
		}
		Duration age = Duration.ofMillis(clock.millis() - millis);
		if (age.compareTo(settings.minFillTime()) < 0) {
			return Stamp.TOO_FAST;
		}
		return age.compareTo(settings.maxFormAge()) > 0 ? Stamp.TOO_OLD : Stamp.VALID;
	}

	/** The client's address, keyed: the same address gives the same hash on every instance sharing the key. */
	String client(String address) {
		return keys.keyed("correction-client", address);
	}

}

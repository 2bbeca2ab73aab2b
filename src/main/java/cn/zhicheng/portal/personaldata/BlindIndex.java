package cn.zhicheng.portal.personaldata;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The keyed hashes stored beside sealed numbers so that "is this mobile registered?" and the unique constraints work
 * without opening every row. Keyed (HMAC), not plain: ID and mobile numbers are few enough to enumerate, so a plain
 * hash would give them away to anyone holding the table. Each kind has its own label, so an ID number and a mobile
 * never share a hash. Callers pass the normalised value (IdNumbers / MobileNumbers), so one number has one hash.
 */
@Component
public class BlindIndex {

	private final PersonalDataCipher cipher;

	public BlindIndex(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	public @Nullable String idNumber(@Nullable String normalised) {
		return normalised == null ? null : cipher.keyedHash("id:" + normalised);
	}

	public @Nullable String mobile(@Nullable String normalised) {
		return normalised == null ? null : cipher.keyedHash("mobile:" + normalised);
	}

	/** The keyed hash of another value that must be matched but not kept, such as a client address; one per kind. */
	public String keyed(String kind, String value) {
		return cipher.keyedHash(kind + ":" + value);
	}

}

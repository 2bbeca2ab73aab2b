package cn.zhicheng.portal.personaldata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing, opening and the keyed hashes of personal numbers, and where the key comes from (issue #10). */
class PersonalDataCipherTests {

	private static final String ID = "44180219880315123X";

	private static final String MOBILE = "13812345678";

	private final PersonalDataCipher cipher = new PersonalDataCipher(key(1));

	/**
	 * Two instances with the same key derive the same secret for a purpose (a QR code signed on one verifies on the
	 * other), one purpose's secret is not another's, and another key derives other secrets (issue #11).
	 */
	@Test
	void aDerivedSecretIsTheSameOnEveryInstanceAndOneOfItsOwnPerPurpose() {
		PersonalDataCipher otherInstance = new PersonalDataCipher(key(1));
		assertThat(otherInstance.derivedSecret("certificate signing")).hasSize(32)
			.isEqualTo(cipher.derivedSecret("certificate signing"));
		assertThat(cipher.derivedSecret("objections pepper")).isNotEqualTo(cipher.derivedSecret("certificate signing"));
		assertThat(new PersonalDataCipher(key(2)).derivedSecret("certificate signing"))
			.isNotEqualTo(cipher.derivedSecret("certificate signing"));
	}

	@Test
	void aSealedNumberOpensToItselfAndShowsNothingOfIt() {
		for (String value : new String[] { ID, MOBILE, "", "张三 ４４０" }) {
			String sealed = cipher.seal(value);
			assertThat(sealed).startsWith("pd1:").doesNotContain(value.isEmpty() ? "\u0000" : value);
			assertThat(cipher.open(sealed)).isEqualTo(value);
		}
		assertThat(cipher.seal(null)).isNull();
		assertThat(cipher.open(null)).isNull();
	}

	@Test
	void theSameNumberSealsDifferentlyEveryTime() {
		Set<String> sealed = new HashSet<>();
		for (int i = 0; i < 1_000; i++) {
			sealed.add(cipher.seal(ID));
		}
		System.out.println("personal data: 1,000 seals of one number, " + sealed.size() + " distinct ciphertexts");
		assertThat(sealed).hasSize(1_000);
	}

	@Test
	void anyChangeToAStoredValueIsDetectedNotReadAsAnotherNumber() {
		String sealed = cipher.seal(ID);
		int refused = 0;
		int body = sealed.lastIndexOf(':') + 1;
		for (int i = body; i < sealed.length(); i++) {
			char c = sealed.charAt(i);
			String changed = sealed.substring(0, i) + (c == 'A' ? 'B' : 'A') + sealed.substring(i + 1);
			try {
				String opened = cipher.open(changed);
				assertThat(opened).as("a changed ciphertext must not open to a number").isEqualTo(ID);
			}
			catch (UnreadablePersonalDataException expected) {
				refused++;
			}
		}
		System.out.println("personal data: " + (sealed.length() - body) + " one-character changes, " + refused
				+ " refused");
		// base64's last character may carry only padding bits; every other change must be refused
		assertThat(refused).isGreaterThanOrEqualTo(sealed.length() - body - 1);
		assertThatThrownBy(() -> cipher.open(ID)).isInstanceOf(UnreadablePersonalDataException.class)
			.hasMessageNotContaining(ID);
	}

	@Test
	void anotherKeyIsToldApartFromCorruption() {
		String sealed = new PersonalDataCipher(key(2)).seal(ID);
		assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(UnreadablePersonalDataException.class)
			.hasMessageContaining("not with the configured key")
			.hasMessageNotContaining(ID);
	}

	@Test
	void theBlindIndexIsStablePerKeyAndKindAndKeyed() {
		BlindIndex index = new BlindIndex(cipher);
		assertThat(index.idNumber(ID)).hasSize(64).isEqualTo(new BlindIndex(new PersonalDataCipher(key(1))).idNumber(ID));
		assertThat(index.idNumber(ID)).isNotEqualTo(new BlindIndex(new PersonalDataCipher(key(2))).idNumber(ID));
		assertThat(index.mobile(MOBILE)).isNotEqualTo(index.idNumber(MOBILE));
		assertThat(index.mobile(null)).isNull();
	}

	@Test
	void theEmbeddedDefaultKeepsAGeneratedKeyBesideItsDataOnlyTheOwnerCanRead(@TempDir Path dir) throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("portal.embedded-db.data-directory",
				dir.resolve("pg").toString());
		byte[] first = PersonalDataKey.resolve(new PersonalDataSettings(null), environment);
		byte[] second = PersonalDataKey.resolve(new PersonalDataSettings(null), environment);
		Path file = dir.resolve(PersonalDataKey.FILE_NAME);
		assertThat(first).hasSize(32).isEqualTo(second);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.list(dir)).as("no temporary file left").containsExactly(file);
	}

	@Test
	void anExternalDatabaseWithoutAKeyOrWithABadOneDoesNotStart() {
		MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/p");
		assertThatThrownBy(() -> PersonalDataKey.resolve(new PersonalDataSettings(null), external))
			.isInstanceOf(MissingPersonalDataKeyException.class)
			.hasMessageContaining("PORTAL_PERSONAL_DATA_KEY");
		assertThatThrownBy(() -> PersonalDataKey.resolve(new PersonalDataSettings("c2hvcnQ="), external))
			.isInstanceOf(MissingPersonalDataKeyException.class)
			.hasMessageContaining("32");
		assertThatThrownBy(() -> PersonalDataKey.resolve(new PersonalDataSettings("not base64!"), external))
			.isInstanceOf(MissingPersonalDataKeyException.class);
		String good = Base64.getEncoder().encodeToString(key(3));
		assertThat(PersonalDataKey.resolve(new PersonalDataSettings(good), external)).isEqualTo(key(3));
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

}

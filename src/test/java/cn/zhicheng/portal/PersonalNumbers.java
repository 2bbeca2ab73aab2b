package cn.zhicheng.portal;

import java.util.List;

import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests' way to read and set the ID and mobile numbers the portal stores sealed (issue #10): the same cipher and keyed
 * hashes as the portal, so a number set here is found by the portal's lookups and one read here is the stored one.
 */
public class PersonalNumbers {

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	private final BlindIndex index;

	public PersonalNumbers(JdbcTemplate jdbc, PersonalDataCipher cipher, BlindIndex index) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.index = index;
	}

	/** For fixtures built outside the context: the tests' key ({@code config/application.properties}). */
	public static PersonalNumbers using(JdbcTemplate jdbc) {
		PersonalDataCipher cipher = testCipher();
		return new PersonalNumbers(jdbc, cipher, new BlindIndex(cipher));
	}

	/** A cipher with the key every test context uses, for data written before a portal starts (benchmark sets). */
	public static PersonalDataCipher testCipher() {
		try (var in = PersonalNumbers.class.getResourceAsStream("/config/application.properties")) {
			var properties = new java.util.Properties();
			properties.load(in);
			return PersonalDataCipher.withKey(properties.getProperty("portal.personal-data.key"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Completes a test applicant's person as registration would (ID number, gender, birth date, education): what the
	 * filing fixtures of several modules need before a file can pass its check.
	 */
	public void completePerson(String username, String idNumber) {
		jdbc.update("""
				update user_account set id_number_sealed = ?, id_number_hash = ?, gender = 'FEMALE',
				       birth_date = date '1990-05-01', education = 'BACHELOR' where username = ?""",
				cipher.seal(idNumber), index.idNumber(idNumber), username);
	}

	public @Nullable String idNumber(long accountId) {
		return cipher.open(jdbc.queryForObject("select id_number_sealed from user_account where id = ?", String.class,
				accountId));
	}

	public @Nullable String idNumber(String username) {
		return cipher.open(jdbc.queryForObject("select id_number_sealed from user_account where username = ?",
				String.class, username));
	}

	public @Nullable String mobile(long accountId) {
		return cipher.open(jdbc.queryForObject("select mobile_sealed from user_account where id = ?", String.class,
				accountId));
	}

	public @Nullable String mobile(String username) {
		return cipher.open(jdbc.queryForObject("select mobile_sealed from user_account where username = ?",
				String.class, username));
	}

	public void setIdNumber(String username, @Nullable String idNumber) {
		jdbc.update("update user_account set id_number_sealed = ?, id_number_hash = ? where username = ?",
				cipher.seal(idNumber), index.idNumber(idNumber), username);
	}

	public void setMobile(String username, @Nullable String mobile) {
		jdbc.update("update user_account set mobile_sealed = ?, mobile_hash = ? where username = ?",
				cipher.seal(mobile), index.mobile(mobile), username);
	}

	/** The SMS texts sent to {@code mobile}, oldest first: the outbox keeps recipients sealed, so each is opened. */
	public List<String> smsTexts(String mobile) {
		return sms(mobile, "text");
	}

	/** The delivery statuses of the SMS sent to {@code mobile}, oldest first. */
	public List<String> smsStatuses(String mobile) {
		return sms(mobile, "status");
	}

	private List<String> sms(String mobile, String column) {
		return jdbc.query("select mobile_sealed, " + column + " from notification_record where channel = 'SMS' order by id",
				(rs, row) -> mobile.equals(cipher.open(rs.getString(1))) ? rs.getString(2) : null)
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	public @Nullable String open(@Nullable String sealed) {
		return cipher.open(sealed);
	}

	public @Nullable String seal(@Nullable String value) {
		return cipher.seal(value);
	}

	/** The keyed hash the portal keeps beside a sealed ID number. */
	public @Nullable String idNumberHash(@Nullable String idNumber) {
		return index.idNumber(idNumber);
	}

}

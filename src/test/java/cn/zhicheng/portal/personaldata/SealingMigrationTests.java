package cn.zhicheng.portal.personaldata;

import java.util.Map;

import javax.sql.DataSource;

import cn.zhicheng.portal.PortalTest;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V31 on a database that holds numbers in clear, as every installation before issue #10 does: afterwards each number
 * is sealed where it was, opens to what it was, and is found by its keyed hash; the clear columns are gone.
 */
@PortalTest
class SealingMigrationTests {

	private static final String ID = "44180219880315123X";

	private static final String MOBILE = "13812345678";

	@Autowired
	DataSource portal;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	BlindIndex index;

	@Test
	void numbersStoredInClearBeforeV31AreSealedInPlace() throws Exception {
		JdbcTemplate admin = new JdbcTemplate(portal);
		admin.execute("drop database if exists v31_migration");
		admin.execute("create database v31_migration template template0 encoding 'UTF8'");
		String url = ((HikariDataSource) portal).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/v31_migration$1");
		SimpleDriverDataSource before = new SimpleDriverDataSource(new org.postgresql.Driver(), url,
				((HikariDataSource) portal).getUsername(), ((HikariDataSource) portal).getPassword());
		try {
			Flyway.configure().dataSource(before).locations("classpath:db/migration").target("30").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(before);
			long account = jdbc.queryForObject("""
					insert into user_account (username, password_hash, display_name, role, enabled, created_at,
					                          mobile, id_number)
					values ('before-v31', 'x', '旧账户', 'APPLICANT', true, now(), ?, ?) returning id""", Long.class,
					MOBILE, ID);
			jdbc.update("""
					insert into verification_code (mobile, purpose, code_hash, salt, created_at, expires_at)
					values (?, 'REGISTRATION', 'h', 's', now(), now())""", MOBILE);
			jdbc.update("""
					insert into notification_record (channel, mobile, purpose, text, created_at, status, sent_at)
					values ('SMS', ?, 'VERIFICATION_CODE', '验证码', now(), 'SENT', now())""", MOBILE);
			jdbc.update("""
					insert into application (number, applicant_id, type, review_year, status, status_changed_at,
					                         created_at, updated_at, snapshot)
					values ('GD-V31-1', ?, 'EVALUATION', 2026, 'UNIT_REVIEW', now(), now(), now(), ?::jsonb)""",
					account, "{\"applicant\": {\"id\": " + account + ", \"idNumber\": \"" + ID + "\", \"mobile\": \""
							+ MOBILE + "\", \"realName\": \"旧账户\"}}");

			Flyway.configure()
				.dataSource(before)
				.locations("classpath:db/migration")
				.javaMigrations(new V31__Seal_personal_data(cipher, index))
				.target("31")
				.load()
				.migrate();

			Map<String, Object> row = jdbc.queryForMap("select * from user_account where id = ?", account);
			assertThat(row).doesNotContainKeys("mobile", "id_number").doesNotContainValue(ID).doesNotContainValue(MOBILE);
			assertThat(cipher.open((String) row.get("id_number_sealed"))).isEqualTo(ID);
			assertThat(cipher.open((String) row.get("mobile_sealed"))).isEqualTo(MOBILE);
			assertThat(jdbc.queryForObject("select id from user_account where id_number_hash = ? and mobile_hash = ?",
					Long.class, index.idNumber(ID), index.mobile(MOBILE))).isEqualTo(account);
			assertThat(jdbc.queryForObject("select count(*) from verification_code where mobile_hash = ?", Long.class,
					index.mobile(MOBILE))).isOne();
			assertThat(cipher.open(jdbc.queryForObject("select mobile_sealed from notification_record", String.class)))
				.isEqualTo(MOBILE);
			String snapshot = jdbc.queryForObject("select snapshot::text from application", String.class);
			assertThat(snapshot).doesNotContain(ID).doesNotContain(MOBILE).contains("旧账户");
			assertThat(cipher.open(jdbc.queryForObject("select snapshot->'applicant'->>'idNumber' from application",
					String.class))).isEqualTo(ID);
			System.out.println("V31 migration: 1 account, 1 code, 1 SMS and 1 frozen file sealed in place, 0 numbers "
					+ "left in clear");
		}
		finally {
			admin.execute("drop database if exists v31_migration with (force)");
		}
	}

}

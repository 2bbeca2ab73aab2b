package cn.zhicheng.portal.personaldata;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * No ID or mobile number in clear anywhere in the database (issue #10): every number any account holds is read back
 * through the cipher, then every row of every table is searched for any of them, as text. A file frozen into its
 * snapshot and the SMS outbox are part of what is searched, and both are made here, so the test never passes on an
 * empty database.
 */
@PortalTest
class PersonalDataAtRestTests {

	/** Digit runs shaped like an ID number or a mobile, not inside a longer run. */
	private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	CommitteeFiles files;

	@Autowired
	MockMvcTester mvc;

	@Test
	void noTableHoldsAnIdOrMobileNumberInClear() {
		PortalUser applicant = files.applicant();
		long file = files.inCommitteeReview(applicant);
		assertThat(jdbc.queryForObject("select snapshot is not null from application where id = ?", Boolean.class,
				file)).as("the file is frozen").isTrue();
		String mobile = numbers.mobile(applicant.id());
		long codes = jdbc.queryForObject("select count(*) from verification_code", Long.class);
		assertThat(mvc.post().uri("/password-reset/code").with(csrf()).param("username", applicant.getUsername())
			.param("mobile", mobile)).hasStatus2xxSuccessful();
		assertThat(jdbc.queryForObject("select count(*) from verification_code", Long.class)).as("a code was kept")
			.isGreaterThan(codes);
		assertThat(numbers.smsTexts(mobile)).as("the applicant was texted").isNotEmpty();

		Set<String> known = new HashSet<>();
		jdbc.query("select id_number_sealed, mobile_sealed from user_account", (RowCallbackHandler) rs -> {
			addOpened(known, rs.getString(1));
			addOpened(known, rs.getString(2));
		});
		assertThat(known).contains(numbers.idNumber(applicant.id()), mobile);

		List<String> tables = jdbc.queryForList("""
				select quote_ident(table_name) from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class);
		long[] rows = { 0 };
		List<String> found = new java.util.ArrayList<>();
		for (String table : tables) {
			jdbc.query("select t::text from " + table + " t", (RowCallbackHandler) rs -> {
				rows[0]++;
				Matcher candidates = CANDIDATE.matcher(rs.getString(1));
				while (candidates.find()) {
					if (known.contains(candidates.group().toUpperCase())) {
						found.add(table);
					}
				}
			});
		}
		System.out.printf("personal data at rest: %d numbers of %d accounts looked for in %d tables, %,d rows: %d in "
				+ "clear%n", known.size(), jdbc.queryForObject("select count(*) from user_account", Long.class),
				tables.size(), rows[0], found.size());
		assertThat(found).as("tables holding a number in clear").isEmpty();
		assertThat(tables).contains("user_account", "application", "notification_record", "verification_code",
				"objection", "certificate_correction");
	}

	private void addOpened(Set<String> known, String sealed) {
		String value = numbers.open(sealed);
		if (value != null) {
			known.add(value.toUpperCase());
		}
	}

}

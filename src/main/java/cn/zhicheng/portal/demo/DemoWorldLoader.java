package cn.zhicheng.portal.demo;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.system.DatabaseMode;
import cn.zhicheng.portal.validation.IdNumbers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Loads the demo world when the embedded database is used or the portal was started with {@code --demo};
 * {@code portal.demo=false} turns it off. Reference rows come from an idempotent SQL script (seed data has no
 * behaviour to go through); accounts go through {@link Accounts} so their passwords are hashed and checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoWorldLoader implements ApplicationRunner {

	static final String DEMO_PASSWORD = "Demo#2026";

	/** The demo applicant's mobile, for trying password reset; codes appear in the administrator's send log. */
	static final String DEMO_APPLICANT_MOBILE = "13800000001";

	static final String APPLICANT_UNIT = "12441802MB2D10003T"; // 清远市清城区环境监测站

	private static final Logger log = LoggerFactory.getLogger(DemoWorldLoader.class);

	private final DataSource dataSource;

	private final Accounts accounts;

	private final Environment environment;

	private final PersonalRecords records;

	private final Clock clock;

	private final PersonalDataCipher cipher;

	private final BlindIndex index;

	DemoWorldLoader(DataSource dataSource, Accounts accounts, Environment environment, PersonalRecords records,
			Clock clock, PersonalDataCipher cipher, BlindIndex index) {
		this.dataSource = dataSource;
		this.accounts = accounts;
		this.environment = environment;
		this.records = records;
		this.clock = clock;
		this.cipher = cipher;
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		new ResourceDatabasePopulator(new ClassPathResource("db/demo/demo-world.sql")).execute(dataSource);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Long unit = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class,
				APPLICANT_UNIT);
		Long county = regionId(jdbc, "441802");
		Long city = regionId(jdbc, "441800");
		int created = 0;
		created += create("demo-applicant", "李明", Role.APPLICANT, unit, null, DEMO_APPLICANT_MOBILE);
		created += create("demo-unit", "陈晓华", Role.UNIT_HR, unit, null);
		created += create("demo-county", "黄志强", Role.COUNTY_REVIEWER, null, county);
		created += create("demo-city", "周敏", Role.CITY_REVIEWER, null, city);
		created += create("demo-admin", "系统管理员", Role.ADMIN, null, null);
		completeDemoApplicant(jdbc);
		DemoApplicantFile.complete(jdbc, records, clock);
		openDemoWindows(jdbc, LocalDate.now(clock));
		log.info("Demo world ready ({} demo accounts created now; password of each: see README).", created);
	}

	boolean enabled() {
		String explicit = environment.getProperty("portal.demo");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit);
		}
		return environment.containsProperty("demo") || DatabaseMode.of(environment) == DatabaseMode.EMBEDDED;
	}

	private int create(String username, String name, Role role, @Nullable Long unitId, @Nullable Long regionId) {
		return create(username, name, role, unitId, regionId, null);
	}

	private int create(String username, String name, Role role, @Nullable Long unitId, @Nullable Long regionId,
			@Nullable String mobile) {
		return accounts.createIfAbsent(new NewAccount(username, DEMO_PASSWORD, name, role, unitId, regionId, mobile))
				? 1 : 0;
	}

	/**
	 * The demo applicant's personal record as registration would have left it, so the personal-information pages
	 * show something real (masked). A made-up but valid ID number: born 1988-03-15, male.
	 */
	private void completeDemoApplicant(JdbcTemplate jdbc) {
		String first17 = "44180219880315123";
		String idNumber = first17 + IdNumbers.checkCharacter(first17);
		jdbc.update("""
				update user_account set id_number_sealed = ?, id_number_hash = ?, gender = 'MALE',
				       birth_date = date '1988-03-15', education = 'BACHELOR'
				where username = 'demo-applicant' and id_number_sealed is null""",
				cipher.seal(idNumber), index.idNumber(idNumber));
	}

	/**
	 * Real committees take applications only in January–March (DOMAIN.md §7.2); the demo committees' window for the
	 * 评审年度 being filed today is widened to include today, so the demo can be clicked through on any day.
	 */
	private static void openDemoWindows(JdbcTemplate jdbc, LocalDate today) {
		jdbc.update("""
				update intake_window w set opens_on = least(w.opens_on, ?), closes_on = greatest(w.closes_on, ?)
				from committee c
				where c.id = w.committee_id and w.review_year = ?
				  and c.name in ('清远市工程系列生态环境专业中级职称评审委员会', '清远市工程系列生态环境专业初级职称评审委员会')""",
				today.minusDays(14), today.plusDays(90), ReviewYears.current(today));
	}

	private static Long regionId(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
	}

}

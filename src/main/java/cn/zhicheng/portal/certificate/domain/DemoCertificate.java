package cn.zhicheng.portal.certificate.domain;

import java.util.Optional;

import cn.zhicheng.portal.certificate.registry.IdNumberHash;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.system.DatabaseMode;
import cn.zhicheng.portal.validation.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo applicant's current title as an issued certificate (issue #7 part 6), so 我的职称证书, 证书查询 and the QR
 * page have something real to show: 助理工程师, 2020年度, issued 2021-03-10, number {@value #NUMBER}. Runs after the demo
 * world ({@code DemoWorldLoader}, highest precedence) under the same condition; idempotent. The ID hash is rewritten
 * on every start, as the signing key may be a fresh random one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoCertificate implements ApplicationRunner {

	static final String NUMBER = "粤职证2020000001";

	private static final Logger log = LoggerFactory.getLogger(DemoCertificate.class);

	private final JdbcClient jdbc;

	private final IdNumberHash keys;

	private final Environment environment;

	private final PersonalDataCipher cipher;

	DemoCertificate(JdbcClient jdbc, IdNumberHash keys, Environment environment, PersonalDataCipher cipher) {
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.keys = keys;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		Optional<Holder> holder = jdbc.sql("select id, id_number_sealed from user_account where username = 'demo-applicant'")
			.query((rs, row) -> new Holder(rs.getLong(1), cipher.open(rs.getString(2))))
			.optional();
		if (holder.isEmpty() || holder.get().idNumber() == null) {
			return;
		}
		String idNumber = holder.get().idNumber();
		jdbc.sql("""
				insert into certificate (number, holder_account_id, holder_name, holder_id_hash, holder_id_masked,
				    title_name, series_name, specialty_name, level, review_year, committee_name, issuer, issued_on,
				    source)
				values (:number, :holder, '李明', :hash, :masked, '助理工程师', '工程技术人员', '生态环境监测', 'ASSISTANT',
				    2020, '清远市工程系列生态环境专业初级职称评审委员会', '清远市人力资源和社会保障局', date '2021-03-10', 'ISSUED')
				on conflict (number) do update set holder_id_hash = excluded.holder_id_hash""")
			.param("number", NUMBER)
			.param("holder", holder.get().id())
			.param("hash", keys.of(idNumber))
			.param("masked", Masking.idNumber(idNumber))
			.update();
		log.info("Demo certificate {} ready for demo-applicant", NUMBER);
	}

	/** The demo world's own condition ({@code DemoWorldLoader.enabled()}). */
	private boolean enabled() {
		String explicit = environment.getProperty("portal.demo");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit);
		}
		return environment.containsProperty("demo") || DatabaseMode.of(environment) == DatabaseMode.EMBEDDED;
	}

	record Holder(long id, @org.jspecify.annotations.Nullable String idNumber) {
	}

}

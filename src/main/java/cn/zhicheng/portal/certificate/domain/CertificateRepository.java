package cn.zhicheng.portal.certificate.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.certificate.CertificateView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certificate} table (V22). Every list is scoped in SQL and served by an index of V22. */
@Repository
class CertificateRepository {

	/** The public view, with the number of the certificate that replaced it. */
	private static final String VIEW = """
			select c.id, c.number, c.holder_account_id, c.holder_name, c.holder_id_masked, c.title_name, c.series_name,
			       c.specialty_name, c.level, c.review_year, c.committee_name, c.issuer, c.issued_on, c.source, c.status,
			       c.application_id, r.number as replaced_by_number
			from certificate c left join certificate r on r.id = c.replaced_by_id
			""";

	private static final LocalDate FIRST_DAY = LocalDate.of(cn.zhicheng.portal.certificate.Certificates.FIRST_YEAR, 1, 1);

	private final JdbcClient jdbc;

	CertificateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CertificateView> find(long id) {
		return jdbc.sql(VIEW + "where c.id = :id").param("id", id).query(CertificateView.class).optional();
	}

	Optional<CertificateView> ofApplication(long applicationId) {
		return jdbc.sql(VIEW + "where c.application_id = :id")
			.param("id", applicationId)
			.query(CertificateView.class)
			.optional();
	}

	List<CertificateView> ofHolder(long accountId) {
		return jdbc.sql(VIEW + """
				where c.holder_account_id = :holder and c.issued_on >= :first
				order by c.issued_on desc, c.id desc""")
			.param("holder", accountId)
			.param("first", FIRST_DAY)
			.query(CertificateView.class)
			.list();
	}

	Optional<CertificateView> ofHolder(long accountId, long id) {
		return jdbc.sql(VIEW + "where c.id = :id and c.holder_account_id = :holder and c.issued_on >= :first")
			.param("id", id)
			.param("holder", accountId)
			.param("first", FIRST_DAY)
			.query(CertificateView.class)
			.optional();
	}

	Optional<CertificateView> byNumber(String holderName, String number) {
		return jdbc.sql(VIEW + "where c.number = :number and c.holder_name = :name and c.issued_on >= :first")
			.param("number", number)
			.param("name", holderName)
			.param("first", FIRST_DAY)
			.query(CertificateView.class)
			.optional();
	}

	List<CertificateView> byIdHash(String holderName, String idHash) {
		return jdbc.sql(VIEW + """
				where c.holder_id_hash = :hash and c.holder_name = :name and c.issued_on >= :first
				order by c.issued_on desc, c.id desc limit 50""")
			.param("hash", idHash)
			.param("name", holderName)
			.param("first", FIRST_DAY)
			.query(CertificateView.class)
			.list();
	}

	long nextSerial() {
		return jdbc.sql("select nextval('certificate_serial_seq')").query(Long.class).single();
	}

	/** Inserts an issued certificate; empty when the file already has one (a concurrent issue won). */
	Optional<Long> insertIssued(NewCertificate c) {
		return jdbc.sql("""
				insert into certificate (number, holder_account_id, holder_name, holder_id_hash, holder_id_masked,
				    title_name, series_name, specialty_name, level, review_year, committee_name, issuer, issued_on,
				    source, application_id, reissue_of_id)
				values (:number, :holder, :name, :idHash, :idMasked, :title, :series, :specialty, :level, :year,
				    :committee, :issuer, :issuedOn, :source, :application, :reissueOf)
				on conflict (application_id) do nothing
				returning id""")
			.param("number", c.number())
			.param("holder", c.holderAccountId())
			.param("name", c.holderName())
			.param("idHash", c.idHash())
			.param("idMasked", c.idMasked())
			.param("title", c.titleName())
			.param("series", c.seriesName())
			.param("specialty", c.specialtyName())
			.param("level", c.level())
			.param("year", c.reviewYear())
			.param("committee", c.committeeName())
			.param("issuer", c.issuer())
			.param("issuedOn", c.issuedOn())
			.param("application", c.applicationId())
			.param("source", c.source().name())
			.param("reissueOf", c.reissueOf())
			.query(Long.class)
			.optional();
	}

	/** The holder's own valid certificate with this number: what a reissue (补发) replaces. */
	Optional<CertificateView> validOfHolder(long accountId, String number) {
		return jdbc.sql(VIEW + "where c.number = :number and c.holder_account_id = :holder and c.status = 'VALID'")
			.param("number", number)
			.param("holder", accountId)
			.query(CertificateView.class)
			.optional();
	}

	/** The old certificate, once its details changed, answers verification with the number that replaced it. */
	void markReplaced(long oldId, long newId) {
		jdbc.sql("update certificate set status = 'REPLACED', replaced_by_id = :new, version = version + 1 where id = :old")
			.param("new", newId)
			.param("old", oldId)
			.update();
	}

	/** Serialises issuing of one file across transactions and instances (released at commit). */
	void lockFile(long applicationId) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 7_000_000_000L + applicationId).query().singleRow();
	}

	record NewCertificate(String number, long holderAccountId, String holderName, @Nullable String idHash,
			@Nullable String idMasked, String titleName, @Nullable String seriesName, @Nullable String specialtyName,
			String level, int reviewYear, @Nullable String committeeName, String issuer, LocalDate issuedOn,
			long applicationId, cn.zhicheng.portal.certificate.CertificateSource source, @Nullable Long reissueOf) {
	}

}

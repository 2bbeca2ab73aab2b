package cn.zhicheng.portal.certificate.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Correction requests. Every read names the reviewer's city in SQL, so another city's request is never loaded; the
 * queue and the limits read the indexes of V24. The mobile is stored sealed (issue #10) and leaves this class only
 * masked.
 */
@Repository
class CorrectionRepository {

	private static final String SELECT = """
			select c.id, c.submitted_at, c.holder_name, c.holder_id_masked, c.certificate_number, c.review_year,
			       g.name as city_name, c.contact_mobile_sealed, c.description, c.status, c.resolution,
			       u.display_name as resolved_by_name, c.resolved_at
			from certificate_correction c
			join region g on g.id = c.city_id
			left join user_account u on u.id = c.resolved_by
			""";

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	CorrectionRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	int countFromClientSince(String clientHash, Instant since) {
		return jdbc.sql("select count(*) from certificate_correction where client_hash = :client and submitted_at > :since")
			.param("client", clientHash)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	int countForHolderSince(String idHash, Instant since) {
		return jdbc.sql("select count(*) from certificate_correction where holder_id_hash = :hash and submitted_at > :since")
			.param("hash", idHash)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	long insert(SubmitCorrection request, String idHash, String idMasked, String clientHash, Instant now) {
		return jdbc.sql("""
				insert into certificate_correction (city_id, holder_name, holder_id_hash, holder_id_masked,
				       certificate_number, review_year, contact_mobile_sealed, description, client_hash, submitted_at)
				values (:city, :name, :idHash, :idMasked, :number, :year, :mobile, :description, :client, :now)
				returning id""")
			.param("city", request.cityId())
			.param("name", request.holderName())
			.param("idHash", idHash)
			.param("idMasked", idMasked)
			.param("number", request.certificateNumber())
			.param("year", request.reviewYear())
			.param("mobile", cipher.seal(request.mobile()))
			.param("description", request.description())
			.param("client", clientHash)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** One page of the city's requests in one status, in the order they came, after the given id. */
	List<CorrectionView> page(long cityId, CorrectionStatus status, @Nullable Long afterId, int limit) {
		return jdbc.sql(SELECT + """
				where c.city_id = :city and c.status = :status and c.id > :after
				order by c.id
				limit :limit""")
			.param("city", cityId)
			.param("status", status.name())
			.param("after", afterId == null ? 0L : afterId)
			.param("limit", limit)
			.query(this::view)
			.list();
	}

	Optional<CorrectionView> find(long cityId, long id) {
		return jdbc.sql(SELECT + "where c.id = :id and c.city_id = :city")
			.param("id", id)
			.param("city", cityId)
			.query(this::view)
			.optional();
	}

	/** Resolves one open request of the city; false when there is none such. */
	boolean resolve(long cityId, long id, String resolution, long reviewerId, Instant now) {
		return jdbc.sql("""
				update certificate_correction
				set status = 'RESOLVED', resolution = :resolution, resolved_by = :reviewer, resolved_at = :now,
				    version = version + 1
				where id = :id and city_id = :city and status = 'OPEN'""")
			.param("resolution", resolution)
			.param("reviewer", reviewerId)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("city", cityId)
			.update() == 1;
	}

	private CorrectionView view(ResultSet rs, int rowNum) throws SQLException {
		Timestamp resolvedAt = rs.getTimestamp("resolved_at");
		Integer year = rs.getObject("review_year", Integer.class);
		return new CorrectionView(rs.getLong("id"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getString("holder_name"), rs.getString("holder_id_masked"), rs.getString("certificate_number"),
				year, rs.getString("city_name"), Masking.mobile(cipher.open(rs.getString("contact_mobile_sealed"))),
				rs.getString("description"), CorrectionStatus.valueOf(rs.getString("status")),
				rs.getString("resolution"), rs.getString("resolved_by_name"),
				resolvedAt == null ? null : resolvedAt.toInstant());
	}

}

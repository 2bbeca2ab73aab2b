package cn.zhicheng.portal.application.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Objections, always named with their file. The counts behind the limits read the indexes of V18: by client and
 * time, by file and time. The objector's phone is stored sealed (issue #10) and leaves this class only masked.
 */
@Repository
class ObjectionRepository {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	ObjectionRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	int countFromClientSince(String clientHash, Instant since) {
		return jdbc.sql("select count(*) from objection where client_hash = :client and lodged_at > :since")
			.param("client", clientHash)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	int countForFileSince(long applicationId, Instant since) {
		return jdbc.sql("select count(*) from objection where application_id = :application and lodged_at > :since")
			.param("application", applicationId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	boolean exists(long applicationId, String textHash) {
		return jdbc.sql("select exists (select 1 from objection where application_id = :application and text_hash = :hash)")
			.param("application", applicationId)
			.param("hash", textHash)
			.query(Boolean.class)
			.single();
	}

	long insert(long applicationId, Instant lodgedAt, @Nullable String contactName, @Nullable String contactPhone,
			String text, String textHash, String clientHash) {
		return jdbc.sql("""
				insert into objection (application_id, lodged_at, contact_name, contact_phone_sealed, text, text_hash, client_hash)
				values (:application, :lodgedAt, :name, :phone, :text, :textHash, :clientHash)
				returning id""")
			.param("application", applicationId)
			.param("lodgedAt", Timestamp.from(lodgedAt))
			.param("name", contactName)
			.param("phone", cipher.seal(contactPhone))
			.param("text", text)
			.param("textHash", textHash)
			.param("clientHash", clientHash)
			.query(Long.class)
			.single();
	}

	List<ObjectionView> list(long applicationId) {
		return jdbc.sql("""
				select o.id, o.lodged_at, o.contact_name, o.contact_phone_sealed, o.text, o.status, o.resolution,
				       r.display_name as resolved_by_name, o.resolved_at
				from objection o left join user_account r on r.id = o.resolved_by
				where o.application_id = :application
				order by o.lodged_at, o.id""")
			.param("application", applicationId)
			.query(this::view)
			.list();
	}

	/** Marks one open objection of the file resolved; false when there is none such (resolved already, or another file's). */
	boolean resolve(long applicationId, long objectionId, String resolution, long officerId, Instant now) {
		return jdbc.sql("""
				update objection set status = 'RESOLVED', resolution = :resolution, resolved_by = :officer,
				                     resolved_at = :now
				where id = :id and application_id = :application and status = 'OPEN'""")
			.param("resolution", resolution)
			.param("officer", officerId)
			.param("now", Timestamp.from(now))
			.param("id", objectionId)
			.param("application", applicationId)
			.update() == 1;
	}

	int countOpen(long applicationId) {
		return jdbc.sql("select count(*) from objection where application_id = :application and status = 'OPEN'")
			.param("application", applicationId)
			.query(Integer.class)
			.single();
	}

	private ObjectionView view(ResultSet rs, int rowNum) throws SQLException {
		Timestamp resolvedAt = rs.getTimestamp("resolved_at");
		return new ObjectionView(rs.getLong("id"), rs.getTimestamp("lodged_at").toInstant(),
				rs.getString("contact_name"), Masking.mobile(cipher.open(rs.getString("contact_phone_sealed"))), rs.getString("text"),
				ObjectionStatus.valueOf(rs.getString("status")), rs.getString("resolution"),
				rs.getString("resolved_by_name"), resolvedAt == null ? null : resolvedAt.toInstant());
	}

}

package cn.zhicheng.portal.personaldata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Seals every stored ID and mobile number (issue #10). A Java migration because sealing needs the key, which only the
 * running portal has; Spring Boot hands Flyway the migrations that are beans. Each number column is replaced by a
 * {@code _sealed} column (and an {@code _hash} where the portal looks numbers up), so a query still naming the old
 * column fails loudly instead of comparing against ciphertext. The frozen files (application snapshots) carry the
 * applicant's numbers too: those fields are sealed inside the JSON. Rows are read through a cursor and written in
 * batches, so a province-sized table is migrated in bounded memory.
 */
@Component
public class V31__Seal_personal_data extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	private final PersonalDataCipher cipher;

	private final BlindIndex index;

	public V31__Seal_personal_data(PersonalDataCipher cipher, BlindIndex index) {
		this.cipher = cipher;
		this.index = index;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection db = context.getConnection();
		execute(db, """
				alter table user_account
				    add column id_number_sealed text, add column id_number_hash varchar(64),
				    add column mobile_sealed text, add column mobile_hash varchar(64)""");
		rewrite(db, "select id, id_number, mobile from user_account where id_number is not null or mobile is not null",
				"update user_account set id_number_sealed = ?, id_number_hash = ?, mobile_sealed = ?, mobile_hash = ? "
						+ "where id = ?",
				(row, update) -> {
					String idNumber = row.getString(2);
					String mobile = row.getString(3);
					update.setString(1, cipher.seal(idNumber));
					update.setString(2, index.idNumber(idNumber));
					update.setString(3, cipher.seal(mobile));
					update.setString(4, index.mobile(mobile));
					update.setLong(5, row.getLong(1));
				});
		execute(db, "alter table user_account drop column id_number, drop column mobile");
		execute(db, "create unique index user_account_id_number_key on user_account (id_number_hash) "
				+ "where id_number_hash is not null");
		execute(db, "create unique index user_account_mobile_key on user_account (mobile_hash) "
				+ "where mobile_hash is not null");

		// A code is only ever looked up by its mobile: the keyed hash is all it needs to keep.
		execute(db, "alter table verification_code add column mobile_hash varchar(64)");
		rewrite(db, "select id, mobile from verification_code", "update verification_code set mobile_hash = ? where id = ?",
				(row, update) -> {
					update.setString(1, index.mobile(row.getString(2)));
					update.setLong(2, row.getLong(1));
				});
		execute(db, "alter table verification_code drop column mobile, alter column mobile_hash set not null");
		execute(db, "create index verification_code_lookup_idx on verification_code (mobile_hash, purpose, created_at desc)");

		// The outbox must still deliver an SMS, and a desk may answer "did you text my number?": sealed, not hashed.
		execute(db, "alter table notification_record add column mobile_sealed text");
		seal(db, "notification_record", "mobile", "mobile_sealed");
		execute(db, """
				alter table notification_record drop constraint notification_record_recipient_check;
				alter table notification_record drop column mobile;
				alter table notification_record add constraint notification_record_recipient_check check (
				    (channel = 'SMS' and mobile_sealed is not null and recipient_account_id is null and email is null)
				    or (channel = 'IN_APP' and recipient_account_id is not null and mobile_sealed is null and email is null)
				    or (channel = 'EMAIL' and email is not null and mobile_sealed is null and recipient_account_id is null))""");

		execute(db, "alter table certificate_correction add column contact_mobile_sealed text");
		seal(db, "certificate_correction", "contact_mobile", "contact_mobile_sealed");
		execute(db, "alter table certificate_correction drop column contact_mobile, "
				+ "alter column contact_mobile_sealed set not null");

		execute(db, "alter table objection add column contact_phone_sealed text");
		seal(db, "objection", "contact_phone", "contact_phone_sealed");
		execute(db, "alter table objection drop column contact_phone");

		sealSnapshots(db, "snapshot");
		sealSnapshots(db, "returned_snapshot");
	}

	private void seal(Connection db, String table, String plain, String sealed) throws SQLException {
		rewrite(db, "select id, " + plain + " from " + table + " where " + plain + " is not null",
				"update " + table + " set " + sealed + " = ? where id = ?", (row, update) -> {
					update.setString(1, cipher.seal(row.getString(2)));
					update.setLong(2, row.getLong(1));
				});
	}

	/** The applicant's two numbers inside a frozen file, as ApplicationFile.withContacts writes them from now on. */
	private void sealSnapshots(Connection db, String column) throws SQLException {
		rewrite(db, "select id, " + column + " ->'applicant'->>'idNumber', " + column + " ->'applicant'->>'mobile' "
				+ "from application where " + column + " is not null",
				"update application set " + column + " = jsonb_set(jsonb_set(" + column + ", '{applicant,idNumber}', "
						+ "coalesce(to_jsonb(?::text), 'null')), '{applicant,mobile}', coalesce(to_jsonb(?::text), 'null')) "
						+ "where id = ?",
				(row, update) -> {
					update.setString(1, cipher.seal(row.getString(2)));
					update.setString(2, cipher.seal(row.getString(3)));
					update.setLong(3, row.getLong(1));
				});
	}

	private static void rewrite(Connection db, String select, String update, RowRewrite rewrite) throws SQLException {
		try (Statement read = db.createStatement(); PreparedStatement write = db.prepareStatement(update)) {
			read.setFetchSize(BATCH);
			try (ResultSet rows = read.executeQuery(select)) {
				int pending = 0;
				while (rows.next()) {
					rewrite.apply(rows, write);
					write.addBatch();
					if (++pending == BATCH) {
						write.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					write.executeBatch();
				}
			}
		}
	}

	private static void execute(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	@FunctionalInterface
	private interface RowRewrite {

		void apply(ResultSet row, PreparedStatement update) throws SQLException;

	}

}

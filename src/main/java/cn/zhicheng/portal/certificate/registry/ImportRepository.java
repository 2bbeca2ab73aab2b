package cn.zhicheng.portal.certificate.registry;

import java.sql.Array;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Imported rows go straight into the certificate table (V22) by SQL: the certificate module's own entities are not
 * needed to insert a row, and JDBC batches keep 100,000 rows from becoming 100,000 entities. Numbers already taken are
 * found through the table's unique index.
 */
@Repository
class ImportRepository {

	private final JdbcTemplate jdbc;

	ImportRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Which of these numbers the table already holds. */
	Set<String> existing(List<String> numbers) {
		Set<String> found = new HashSet<>();
		jdbc.query("select number from certificate where number = any (?)", statement -> {
			Array array = statement.getConnection().createArrayOf("varchar", numbers.toArray());
			statement.setArray(1, array);
		}, row -> {
			found.add(row.getString(1));
		});
		return found;
	}

	/**
	 * Inserts the rows with source IMPORTED; a number taken meanwhile (by another import or an issue running at the
	 * same time) is skipped by the unique index rather than failing the batch.
	 * @return for each row, whether it was inserted
	 */
	boolean[] insert(List<ImportedCertificate> rows) {
		int[] counts = jdbc.batchUpdate("""
				insert into certificate (number, holder_name, holder_id_hash, holder_id_masked, title_name, series_name,
				                         specialty_name, level, review_year, committee_name, issuer, issued_on, source)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORTED')
				on conflict (number) do nothing""", rows.stream()
			.map(row -> new Object[] { row.number(), row.holderName(), row.holderIdHash(), row.holderIdMasked(),
					row.titleName(), row.seriesName(), row.specialtyName(), row.level().name(), row.reviewYear(),
					row.committeeName(), row.issuer(), row.issuedOn() })
			.toList());
		boolean[] inserted = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			inserted[i] = counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO;
		}
		return inserted;
	}

}

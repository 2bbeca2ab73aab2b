package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The background exports of issue #8: a user asks for a document, a job writes it while their page shows its
 * progress, and they download it when ready. Every read is scoped to the job's owner in SQL: someone else's job
 * answers as if it did not exist.
 */
@Service
public class ExportJobs {

	/** The most recent jobs the page lists. */
	static final int LISTED = 20;

	private static final String COLUMNS = """
			select id, kind, file_name, status, units_done, units_total, size_bytes, error_key, created_at, expires_at
			from export_job""";

	private final JdbcClient jdbc;

	private final ExportRunner runner;

	private final ExportChunks chunks;

	private final ExportSettings settings;

	private final Clock clock;

	ExportJobs(JdbcClient jdbc, ExportRunner runner, ExportChunks chunks, ExportSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.runner = runner;
		this.chunks = chunks;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Queues the task for its owner and returns the job's id.
	 * @throws ExportRefusedException when the owner already has as many jobs under way as allowed
	 */
	public long start(PortalUser owner, ExportTask task) {
		long underway = jdbc.sql("""
				select count(*) from export_job where owner_id = :owner and status in ('QUEUED', 'RUNNING')""")
			.param("owner", owner.id())
			.query(Long.class)
			.single();
		if (underway >= settings.perUser()) {
			throw new ExportRefusedException("exports.job.refused.too-many");
		}
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into export_job (owner_id, kind, file_name, ascii_name, content_type, status, created_at,
				    heartbeat_at, expires_at)
				values (:owner, :kind, :name, :ascii, :type, 'QUEUED', :now, :now, :expires)
				returning id""")
			.param("owner", owner.id())
			.param("kind", task.kind().name())
			.param("name", task.fileName())
			.param("ascii", task.asciiName())
			.param("type", task.contentType())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(settings.keepFor())))
			.query(Long.class)
			.single();
		runner.submit(id, task);
		return id;
	}

	/** The owner's most recent jobs, newest first. */
	public List<ExportJobView> recent(PortalUser owner) {
		return jdbc.sql(COLUMNS + " where owner_id = :owner order by id desc limit " + LISTED)
			.param("owner", owner.id())
			.query(ExportJobs::view)
			.list();
	}

	/** The owner's job, or empty when it is not theirs, never was, or has expired and been deleted. */
	public Optional<ExportJobView> find(PortalUser owner, long id) {
		return jdbc.sql(COLUMNS + " where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.id())
			.query(ExportJobs::view)
			.optional();
	}

	/** The names and type a ready document downloads under; empty unless the owner's job is ready. */
	Optional<ReadyDocument> ready(PortalUser owner, long id) {
		return jdbc.sql("""
				select file_name, ascii_name, content_type, size_bytes from export_job
				where id = :id and owner_id = :owner and status = 'READY'""")
			.param("id", id)
			.param("owner", owner.id())
			.query((rs, row) -> new ReadyDocument(id, rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.optional();
	}

	/** Copies a ready document, found with {@link #ready}, to {@code out}. */
	void copy(ReadyDocument document, OutputStream out) throws IOException {
		chunks.copy(document.id(), out);
	}

	private static ExportJobView view(ResultSet rs, int row) throws SQLException {
		return new ExportJobView(rs.getLong("id"), ExportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
				ExportJobView.Status.valueOf(rs.getString("status")), rs.getLong("units_done"),
				rs.getObject("units_total", Long.class), rs.getObject("size_bytes", Long.class),
				rs.getString("error_key"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant());
	}

	/** A document ready to download. */
	record ReadyDocument(long id, String fileName, String asciiName, String contentType, long sizeBytes) {
	}

}

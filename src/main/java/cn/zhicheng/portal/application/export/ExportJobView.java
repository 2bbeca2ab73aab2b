package cn.zhicheng.portal.application.export;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One background export as its owner's page shows it.
 *
 * @param id the job
 * @param kind what it writes
 * @param fileName the download's name
 * @param status where it is
 * @param done units written (rows or files)
 * @param total units expected, {@code null} until the writer has counted them
 * @param sizeBytes the document's size once ready
 * @param errorKey the message key saying why it failed
 * @param createdAt when it was asked for
 * @param expiresAt when the document is deleted
 */
public record ExportJobView(long id, ExportKind kind, String fileName, Status status, long done, @Nullable Long total,
		@Nullable Long sizeBytes, @Nullable String errorKey, Instant createdAt, Instant expiresAt) {

	/** The life of a job: queued, running, then ready or failed. */
	public enum Status {

		QUEUED, RUNNING, READY, FAILED;

		boolean pending() {
			return this == QUEUED || this == RUNNING;
		}

	}

	/** Percent done, 0–100; {@code null} while the total is unknown. */
	public @Nullable Integer percent() {
		if (status == Status.READY) {
			return 100;
		}
		if (total == null) {
			return null;
		}
		return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
	}

	public boolean pending() {
		return status.pending();
	}

	public boolean ready() {
		return status == Status.READY;
	}

}

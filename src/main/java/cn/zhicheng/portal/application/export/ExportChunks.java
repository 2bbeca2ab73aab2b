package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A document of a background export stored in {@code export_chunk} (V26): written and read one chunk at a time, so a
 * 500 MB material pack never sits in memory, and reachable from every instance. Each chunk is written in its own
 * transaction: the writer usually reads its rows inside a read-only transaction (the cursor), which must not be the one
 * that inserts.
 */
@Component
class ExportChunks {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	ExportChunks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A stream that stores what is written to it as the job's document; close it to store the last chunk. */
	Writer open(long jobId, int chunkBytes) {
		return new Writer(jobId, chunkBytes);
	}

	/** Copies the job's document to {@code out}, chunk by chunk; returns the bytes copied. */
	long copy(long jobId, OutputStream out) throws IOException {
		long bytes = 0;
		for (int seq = 0;; seq++) {
			List<byte[]> chunk = jdbc.query("select bytes from export_chunk where job_id = ? and seq = ?",
					(rs, row) -> rs.getBytes(1), jobId, seq);
			if (chunk.isEmpty()) {
				return bytes;
			}
			out.write(chunk.getFirst());
			bytes += chunk.getFirst().length;
		}
	}

	/** Drops what a failed job had written. */
	void clear(long jobId) {
		own.executeWithoutResult(status -> jdbc.update("delete from export_chunk where job_id = ?", jobId));
	}

	/** Buffers one chunk and stores it when full. */
	final class Writer extends OutputStream {

		private final long jobId;

		private final byte[] buffer;

		private int filled;

		private int seq;

		private long size;

		private boolean closed;

		Writer(long jobId, int chunkBytes) {
			this.jobId = jobId;
			this.buffer = new byte[chunkBytes];
		}

		@Override
		public void write(int b) {
			if (filled == buffer.length) {
				store();
			}
			buffer[filled++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			while (len > 0) {
				if (filled == buffer.length) {
					store();
				}
				int n = Math.min(len, buffer.length - filled);
				System.arraycopy(b, off, buffer, filled, n);
				filled += n;
				off += n;
				len -= n;
			}
		}

		/** Stores the last chunk; the document is complete once this returns. */
		@Override
		public void close() {
			if (!closed) {
				closed = true;
				if (filled > 0) {
					store();
				}
			}
		}

		/** The bytes written so far. */
		long size() {
			return size + filled;
		}

		private void store() {
			byte[] chunk = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
			int current = seq++;
			own.executeWithoutResult(status -> jdbc.update(
					"insert into export_chunk (job_id, seq, bytes) values (?, ?, ?)", jobId, current, chunk));
			size += filled;
			filled = 0;
		}

	}

}

package cn.zhicheng.portal.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's rows streamed to PostgreSQL in COPY text format, a buffer at a time: nothing but the current buffer is
 * ever held, whatever the row count. Values are escaped as COPY's text format needs; null is {@code \N}.
 */
final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private boolean first = true;

	private long rows;

	CopyStream(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin");
	}

	CopyStream add(@Nullable Object value) {
		if (!first) {
			buffer.append('\t');
		}
		first = false;
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof String text) {
			escape(text);
		}
		else {
			buffer.append(value);
		}
		return this;
	}

	CopyStream none() {
		return add((Object) null);
	}

	CopyStream add(@Nullable Instant value) {
		return add(value == null ? null : (Object) value.toString());
	}

	CopyStream add(@Nullable LocalDate value) {
		return add(value == null ? null : (Object) value.toString());
	}

	void end() throws SQLException {
		buffer.append('\n');
		first = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return rows;
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			flush();
			copy.endCopy();
		}
	}

}

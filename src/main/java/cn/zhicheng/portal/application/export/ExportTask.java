package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One document to write in the background: what it is, the names it downloads under and the writer, which has already
 * captured its caller and parameters (so it writes only what that caller may see, as the synchronous download would).
 *
 * @param kind what it is
 * @param fileName the name with extension shown and sent in {@code filename*}, Chinese allowed
 * @param asciiName the ASCII fallback for old browsers
 * @param contentType the media type of the download
 * @param body the writer
 */
public record ExportTask(ExportKind kind, String fileName, String asciiName, String contentType, Body body) {

	/** A CSV or XLSX list: the names get the format's extension, the download its media type. */
	static ExportTask of(ExportKind kind, ExportFormat format, String name, String asciiName, Body body) {
		return new ExportTask(kind, name + "." + format.extension(), asciiName + "." + format.extension(),
				format.contentType(), body);
	}

	/** Writes the whole document to {@code out}, reporting progress; must not close {@code out}. */
	@FunctionalInterface
	public interface Body {

		void write(OutputStream out, ExportProgress progress) throws IOException;

	}

}

package cn.zhicheng.portal.content.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

/**
 * The Content-Disposition of a download. Every current browser reads the RFC 6266 {@code filename*} with the
 * Chinese name; the plain {@code filename} is an ASCII fallback for the few clients that do not, so that they still
 * save a file with the right extension rather than a mangled name.
 */
final class Downloads {

	private Downloads() {
	}

	static String contentDisposition(String fileName, long id) {
		String utf8 = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
		String encoded = utf8.substring(utf8.indexOf("filename*="));
		return ContentDisposition.attachment().filename(asciiFallback(fileName, id)).build() + "; " + encoded;
	}

	static String asciiFallback(String fileName, long id) {
		int dot = fileName.lastIndexOf('.');
		String base = (dot < 0) ? fileName : fileName.substring(0, dot);
		String extension = (dot < 0) ? "" : fileName.substring(dot);
		String ascii = base.replaceAll("[^A-Za-z0-9._ -]", "").strip();
		return (ascii.isEmpty() ? "attachment-" + id : ascii) + extension.replaceAll("[^A-Za-z0-9.]", "");
	}

}

package cn.zhicheng.portal.upload;

import org.springframework.http.HttpStatus;

/**
 * The status a refused upload is answered with, the same at every upload point. The page comes back with the Chinese
 * message beside the file field (a redirect would answer 302 and lose the typed text); the status tells scripts,
 * proxies and tests that nothing was stored, and why, in the words of RFC 9110:
 * <ul>
 * <li>{@link #TOO_LARGE} 413: the file is over the point's size limit, as the servlet's own multipart limit answers;</li>
 * <li>{@link #UNSUPPORTED} 415: the bytes are not a kind this point takes, whatever the name or declared type say;</li>
 * <li>{@link #MALFORMED} 400: a kind it takes, but empty, damaged, of impossible dimensions, a bomb or unsafe inside;</li>
 * <li>{@link #CONFLICT} 409: the file itself is fine, but where it goes cannot take it now (the application is with a
 * reviewer, the same file is there already, the section is full).</li>
 * </ul>
 */
public enum UploadRefusal {

	MALFORMED(HttpStatus.BAD_REQUEST), TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
	UNSUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE), CONFLICT(HttpStatus.CONFLICT);

	private final HttpStatus status;

	UploadRefusal(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

}

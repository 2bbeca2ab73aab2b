package cn.zhicheng.portal.application.export;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The committee or session a list export names does not exist for this viewer: another city's committee, an
 * unpublished session or one of another review year is answered exactly as one that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ListNotFoundException extends RuntimeException {

	ListNotFoundException(String what, long id) {
		super("No " + what + " " + id + " for this viewer");
	}

}

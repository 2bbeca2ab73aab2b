package cn.zhicheng.portal.application.export;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such document for this user: not theirs, not ready, or expired. Answers 404 with the portal's error page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ExportNotFoundException extends RuntimeException {

	ExportNotFoundException(long id) {
		super("No ready export " + id + " for this user");
	}

}

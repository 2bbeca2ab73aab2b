package cn.zhicheng.portal.certificate.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request in the reviewer's city: another city's request is not found, not forbidden, so none is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CorrectionNotFoundException extends RuntimeException {

	CorrectionNotFoundException(long id) {
		super("No certificate correction " + id + " in the reviewer's city");
	}

}

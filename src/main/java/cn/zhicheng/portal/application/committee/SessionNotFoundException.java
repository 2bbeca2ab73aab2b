package cn.zhicheng.portal.application.committee;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such session for this caller: another city's session is reported the same way as a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SessionNotFoundException extends RuntimeException {

	public SessionNotFoundException(long id) {
		super("No committee session " + id + " for this caller");
	}

}

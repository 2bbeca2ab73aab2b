package cn.zhicheng.portal.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such application for this caller: someone else's file is reported the same way as a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

	public ApplicationNotFoundException(long id) {
		super("No application " + id + " for this caller");
	}

}

package cn.zhicheng.portal.application.attachment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such attachment on this application: one of another application is reported the same way as a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AttachmentNotFoundException extends RuntimeException {

	public AttachmentNotFoundException(long id) {
		super("No attachment " + id + " on this application");
	}

}

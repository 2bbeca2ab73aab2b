package cn.zhicheng.portal.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such certificate for this caller: someone else's is reported the same way as a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CertificateNotFoundException extends RuntimeException {

	public CertificateNotFoundException(long id) {
		super("No certificate " + id + " for this caller");
	}

}

package cn.zhicheng.portal.records;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such record of this person; another person's record is reported the same way, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(RecordKind kind, long id) {
		super(kind + " record " + id + " not found");
	}

}

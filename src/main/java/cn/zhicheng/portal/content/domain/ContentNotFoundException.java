package cn.zhicheng.portal.content.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An item that does not exist, or that a visitor may not see yet: both are a plain 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContentNotFoundException extends RuntimeException {

	public ContentNotFoundException(long id) {
		super("no content item " + id);
	}

}

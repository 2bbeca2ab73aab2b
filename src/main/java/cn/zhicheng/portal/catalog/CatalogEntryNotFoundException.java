package cn.zhicheng.portal.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A series, field, specialty or routing rule that does not exist: the page answers 404, as for any missing page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CatalogEntryNotFoundException extends RuntimeException {

	public CatalogEntryNotFoundException(String what) {
		super(what + " not found");
	}

}

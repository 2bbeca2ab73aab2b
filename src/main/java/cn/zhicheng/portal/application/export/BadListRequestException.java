package cn.zhicheng.portal.application.export;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A list export asked for with a parameter no list can have, such as a review year that is not four digits. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadListRequestException extends RuntimeException {

	BadListRequestException(String message) {
		super(message);
	}

	/** A 评审年度 is a four-digit year (GLOSSARY.md); anything else is refused before any query runs. */
	static int reviewYear(int year) {
		if (year < 1000 || year > 9999) {
			throw new BadListRequestException("Review year is not four digits: " + year);
		}
		return year;
	}

}

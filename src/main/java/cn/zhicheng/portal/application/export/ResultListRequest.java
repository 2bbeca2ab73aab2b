package cn.zhicheng.portal.application.export;

import org.jspecify.annotations.Nullable;

/**
 * Which result list (评审结果上报 / 组批件) to export: every file voted on in the review year's sessions, of one
 * committee or of all committees whose files the viewer oversees.
 * @throws BadListRequestException when the year is not four digits
 */
record ResultListRequest(int reviewYear, @Nullable Long committeeId) {

	ResultListRequest {
		BadListRequestException.reviewYear(reviewYear);
	}

}

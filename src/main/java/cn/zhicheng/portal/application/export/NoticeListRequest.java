package cn.zhicheng.portal.application.export;

import org.jspecify.annotations.Nullable;

/**
 * Which notice list to export. Without a session: the 评前公示名单 of the review year, every file of the viewer's
 * jurisdiction that has reached its unit's public notice (in it, held by an objection, or past it). With a session:
 * the 评后公示名单 of that published committee session, which must be of the same review year.
 * @throws BadListRequestException when the year is not four digits
 */
record NoticeListRequest(int reviewYear, @Nullable Long sessionId) {

	NoticeListRequest {
		BadListRequestException.reviewYear(reviewYear);
	}

	/** The result notice of a committee session rather than the units' pre-review notices. */
	boolean resultNotice() {
		return sessionId != null;
	}

}

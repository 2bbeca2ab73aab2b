package cn.zhicheng.portal.application.notice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One objection as the unit's officers see it: the contact phone masked (PIPL's minimum-necessary principle); the
 * full number stays in the database and is never put on a page.
 */
public record ObjectionView(long id, Instant lodgedAt, @Nullable String contactName, String maskedPhone, String text,
		ObjectionStatus status, @Nullable String resolution, @Nullable String resolvedByName,
		@Nullable Instant resolvedAt) {

	public boolean open() {
		return status == ObjectionStatus.OPEN;
	}

}

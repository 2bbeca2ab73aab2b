package cn.zhicheng.portal.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Reads sent messages: an account's in-app messages, and the whole 发送记录 for administrators. */
public interface NotificationInbox {

	/** The most rows one call returns; larger sizes and limits are cut to this. */
	int MAX_PAGE_SIZE = 100;

	/** In-app messages to one account, newest first. */
	List<NotificationView> recentFor(long accountId, int limit);

	/**
	 * Every message, newest first (by time, then id), keyset-paged so a page costs the same however deep it is: the
	 * messages older than the one with id {@code beforeId}, or the newest when it is null. An id that matches no
	 * message gives an empty page.
	 */
	NotificationPage before(@Nullable Long beforeId, int size);

}

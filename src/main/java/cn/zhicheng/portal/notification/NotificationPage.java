package cn.zhicheng.portal.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the 发送记录, newest first. {@code nextBefore} is the cursor for the next (older) page, absent on the
 * last page.
 */
public record NotificationPage(List<NotificationView> rows, @Nullable Long nextBefore) {

	public NotificationPage {
		rows = List.copyOf(rows);
	}

	public boolean hasNext() {
		return nextBefore != null;
	}

}

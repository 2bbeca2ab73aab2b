package cn.zhicheng.portal.notification.domain;

import java.util.List;

import cn.zhicheng.portal.notification.Channel;
import cn.zhicheng.portal.notification.NotificationGateway;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationPage;
import cn.zhicheng.portal.notification.NotificationView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox as inbox and 发送记录; with a real SMS provider, codes waiting to go out show as asterisks. */
@Service
@Transactional(readOnly = true)
class NotificationInboxService implements NotificationInbox {

	private final NotificationRecordRepository records;

	private final NotificationGateway gateway;

	NotificationInboxService(NotificationRecordRepository records, NotificationGateway gateway) {
		this.records = records;
		this.gateway = gateway;
	}

	@Override
	public List<NotificationView> recentFor(long accountId, int limit) {
		return records
			.findByRecipientAccountIdAndChannelOrderByCreatedAtDescIdDesc(accountId, Channel.IN_APP,
					Limit.of(bounded(limit)))
			.stream()
			.map(this::view)
			.toList();
	}

	@Override
	public NotificationPage before(@Nullable Long beforeId, int size) {
		int pageSize = bounded(size);
		// One row more than the page tells whether an older page exists, without counting the table.
		List<NotificationRecord> found = (beforeId == null)
				? records.findAllByOrderByCreatedAtDescIdDesc(Limit.of(pageSize + 1))
				: records.findOlderThan(beforeId, pageSize + 1);
		List<NotificationView> rows = found.stream().limit(pageSize).map(this::view).toList();
		Long nextBefore = (found.size() > pageSize) ? rows.getLast().id() : null;
		return new NotificationPage(rows, nextBefore);
	}

	private NotificationView view(NotificationRecord record) {
		return record.toView(gateway.reachesPhones());
	}

	private static int bounded(int size) {
		return Math.clamp(size, 1, MAX_PAGE_SIZE);
	}

}

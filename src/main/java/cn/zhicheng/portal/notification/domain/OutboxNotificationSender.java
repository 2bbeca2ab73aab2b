package cn.zhicheng.portal.notification.domain;

import java.time.Clock;

import cn.zhicheng.portal.notification.Channel;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationGateway;
import cn.zhicheng.portal.notification.NotificationSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every message to the outbox in the caller's transaction. One-time codes are delivered as soon as that
 * transaction commits, because the person waits with the form open (registration, password reset); a failure then
 * is left to the dispatcher's retries and never reaches the request. Everything else waits for the dispatcher's next
 * round ({@code OutboxJob}).
 */
@Service
class OutboxNotificationSender implements NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxNotificationSender.class);

	private final NotificationRecordRepository records;

	private final NotificationGateway gateway;

	private final OutboxDispatcher dispatcher;

	private final Clock clock;

	OutboxNotificationSender(NotificationRecordRepository records, NotificationGateway gateway,
			OutboxDispatcher dispatcher, Clock clock) {
		this.records = records;
		this.gateway = gateway;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(Notification notification) {
		NotificationRecord record = records.save(
				new NotificationRecord(notification, clock.instant(), gateway.reachesPhones()));
		log.debug("Recorded notification {}: {}", record.id(), notification);
		if (notification.channel() != Channel.IN_APP && notification.purpose().oneTimeCode()) {
			long id = record.id();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliverNow(id);
				}
			});
		}
	}

	private void deliverNow(long id) {
		try {
			dispatcher.dispatch(id);
		}
		catch (RuntimeException ex) {
			log.warn("Notification {} left to the dispatcher: {}", id, ex.getClass().getSimpleName());
		}
	}

}

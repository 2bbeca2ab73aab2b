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

/**
 * Records every message, then hands SMS messages to the gateway. Recording comes first and whatever the gateway, so
 * the 发送记录 is complete with a real provider as well as with the logging default.
 */
@Service
class RecordingNotificationSender implements NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(RecordingNotificationSender.class);

	private final NotificationRecordRepository records;

	private final NotificationGateway gateway;

	private final Clock clock;

	RecordingNotificationSender(NotificationRecordRepository records, NotificationGateway gateway, Clock clock) {
		this.records = records;
		this.gateway = gateway;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(Notification notification) {
		NotificationRecord record = records.save(
				new NotificationRecord(notification, clock.instant(), gateway.reachesPhones()));
		log.debug("Recorded notification {}: {}", record.id(), notification);
		if (notification.channel() == Channel.SMS) {
			gateway.deliver(notification);
		}
	}

}

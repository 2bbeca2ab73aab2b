package cn.zhicheng.portal.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.zhicheng.portal.notification.Channel;
import cn.zhicheng.portal.notification.DeliveryStatus;
import cn.zhicheng.portal.notification.EmailGateway;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending SMS and email to their gateways, one message per transaction with the row locked, so a failure
 * touches only its own message and two dispatchers never send one message twice. A message the gateway accepted is
 * sent; one it refused is tried again later ({@link OutboxPolicy#backoffAfter}) and fails after the last attempt.
 * Delivery is at least once: should the commit after an accepted delivery fail, the message is sent again.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final NotificationRecordRepository records;

	private final NotificationGateway sms;

	private final EmailGateway email;

	private final OutboxPolicy policy;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OutboxDispatcher(NotificationRecordRepository records, NotificationGateway sms, EmailGateway email,
			OutboxPolicy policy, PlatformTransactionManager transactionManager, Clock clock) {
		this.records = records;
		this.sms = sms;
		this.email = email;
		this.policy = policy;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		// Also called right after another transaction commits, whose resources are still bound: always a new one.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** One round: every due message, at most a batch; answers how many were attempted. */
	int dispatchDue() {
		List<Long> due = records.findDueIds(clock.instant(), policy.batchSize());
		int attempted = 0;
		for (long id : due) {
			if (dispatch(id)) {
				attempted++;
			}
		}
		return attempted;
	}

	/** Attempts one message if it is pending and due; answers whether it did. */
	boolean dispatch(long id) {
		return Boolean.TRUE.equals(transactions.execute(status -> attempt(id)));
	}

	private boolean attempt(long id) {
		Instant now = clock.instant();
		NotificationRecord record = records.lockIfDue(id, now).orElse(null);
		if (record == null) {
			return false;
		}
		boolean hideCodes = sms.reachesPhones();
		try {
			deliver(record.toNotification());
			record.sent(now, hideCodes);
		}
		catch (RuntimeException ex) {
			record.failed(now, ex.getClass().getSimpleName() + ": " + ex.getMessage(), policy.maxAttempts(),
					policy.backoffAfter(record.attempts() + 1), hideCodes);
			log.warn("Notification {} ({}) not delivered, attempt {}: {}", id, record.purpose(), record.attempts(),
					record.status() == DeliveryStatus.FAILED ? "failed for good"
							: "next attempt at " + record.nextAttemptAt());
		}
		return true;
	}

	private void deliver(Notification notification) {
		if (notification.channel() == Channel.EMAIL) {
			email.deliver(notification);
		}
		else if (notification.channel() == Channel.SMS) {
			sms.deliver(notification);
		}
	}

}

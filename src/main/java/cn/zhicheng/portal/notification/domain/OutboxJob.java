package cn.zhicheng.portal.notification.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox every {@code portal.notification.outbox.dispatch-every} (30 s by default). Locked in the
 * database, so with several instances one round runs at a time; the row locks of {@link OutboxDispatcher} would
 * keep a message from going out twice even without it.
 */
@Component
class OutboxJob {

	/** The lock's name in the {@code shedlock} table. */
	static final String LOCK = "notification-outbox";

	private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

	private final OutboxDispatcher dispatcher;

	OutboxJob(OutboxDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${portal.notification.outbox.dispatch-every:PT30S}",
			initialDelayString = "${portal.notification.outbox.dispatch-every:PT30S}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void dispatch() {
		int attempted = dispatcher.dispatchDue();
		if (attempted > 0) {
			log.info("Outbox: {} messages attempted", attempted);
		}
	}

}

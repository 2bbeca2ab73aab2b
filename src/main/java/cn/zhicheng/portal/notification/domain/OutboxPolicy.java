package cn.zhicheng.portal.notification.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is emptied ({@code portal.notification.outbox.*}): a refused message is tried again after
 * {@code firstRetry}, doubling each time up to {@code maxRetry}, and fails for good after {@code maxAttempts};
 * the dispatcher takes at most {@code batchSize} messages a round. {@code mailFrom} is the sender of emails.
 */
@ConfigurationProperties("portal.notification.outbox")
public record OutboxPolicy(@DefaultValue("5") int maxAttempts, @DefaultValue("PT1M") Duration firstRetry,
		@DefaultValue("PT1H") Duration maxRetry, @DefaultValue("50") int batchSize,
		@DefaultValue("noreply@localhost") String mailFrom) {

	public OutboxPolicy {
		if (maxAttempts < 1 || batchSize < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException("portal.notification.outbox: attempts and batch size at least 1, "
					+ "max-retry not shorter than first-retry");
		}
	}

	/** The wait after the {@code attempts}th failure: first-retry, doubled each time, at most max-retry. */
	public Duration backoffAfter(int attempts) {
		Duration wait = firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}

}

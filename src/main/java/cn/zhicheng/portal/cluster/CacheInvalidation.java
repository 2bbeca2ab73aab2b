package cn.zhicheng.portal.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells every instance that a cache's copy is out of date. {@link #announce} sends the cache's name on the
 * {@value #CHANNEL} channel (call it once the change has committed); each instance's {@link InvalidationListener}
 * hears it and runs what was registered for that name with {@link #onInvalidation}. The sender clears its own copy
 * itself and skips its own message.
 */
@Component
public class CacheInvalidation {

	static final String CHANNEL = "portal_cache";

	private static final Logger log = LoggerFactory.getLogger(CacheInvalidation.class);

	/** Tells this instance's messages from the others'. */
	private final String sender = UUID.randomUUID().toString();

	private final Map<String, Runnable> handlers = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	CacheInvalidation(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** What clears this instance's copy of {@code cache} when another instance announces a change. */
	public void onInvalidation(String cache, Runnable clearLocalCopy) {
		handlers.put(cache, clearLocalCopy);
	}

	/**
	 * Announces a change of {@code cache} to the other instances, in a transaction of its own (PostgreSQL delivers a
	 * notification when its transaction commits, and a caller may be in a transaction's after-commit callback). A
	 * failure to announce is logged, not thrown: the change has committed, and the other copies still expire
	 * (spring.cache.caffeine.spec) or clear on reconnection.
	 */
	public void announce(String cache) {
		try {
			own.executeWithoutResult(status -> jdbc.sql("select pg_notify(:channel, :payload)")
				.param("channel", CHANNEL)
				.param("payload", sender + " " + cache)
				.query()
				.singleValue());
		}
		catch (RuntimeException unannounced) {
			log.warn("Could not announce a change of cache {} to the other instances: {}", cache,
					unannounced.toString());
		}
	}

	/** A message heard on the channel: clears the named copy unless this instance sent it. */
	void heard(String payload) {
		int space = payload.indexOf(' ');
		if (space < 0 || payload.substring(0, space).equals(sender)) {
			return;
		}
		Runnable handler = handlers.get(payload.substring(space + 1));
		if (handler != null) {
			handler.run();
		}
	}

	/** After the listener lost the channel for a while: whatever it missed, every copy is cleared. */
	void clearAll() {
		handlers.values().forEach(Runnable::run);
	}

}

package cn.zhicheng.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the whole application (all threads: requests, background exports, the outbox) while attached,
 * as its message with arguments, MDC and any exception with its stack, which is what a log file would hold. Some
 * loggers are opened to DEBUG meanwhile, as an operator chasing a problem would: the portal's own, and the dispatcher
 * servlet's, which writes every request's address with its query string.
 */
final class CapturedLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private static final List<String> OPENED = List.of("cn.zhicheng.portal",
			"org.springframework.web.servlet.DispatcherServlet");

	private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

	private final Map<String, Level> before = new java.util.HashMap<>();

	static CapturedLog attach() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		CapturedLog log = new CapturedLog();
		log.setContext(context);
		log.setName("captured-for-test");
		log.start();
		for (String name : OPENED) {
			Logger logger = context.getLogger(name);
			log.before.put(name, logger.getLevel());
			logger.setLevel(Level.DEBUG);
		}
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
		return log;
	}

	@Override
	protected void append(ILoggingEvent event) {
		StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
		event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		if (event.getThrowableProxy() != null) {
			line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
		}
		this.lines.add(line.toString());
	}

	List<String> lines() {
		return new ArrayList<>(this.lines);
	}

	@Override
	public void close() {
		LoggerContext context = (LoggerContext) getContext();
		context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
		this.before.forEach((name, level) -> context.getLogger(name).setLevel(level));
		stop();
	}

}

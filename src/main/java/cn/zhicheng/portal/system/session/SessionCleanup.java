package cn.zhicheng.portal.system.session;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions, on one instance at a time (ShedLock), in place of the store's own timer, which every
 * instance would run every minute ({@code spring.session.jdbc.cleanup-cron=-} turns that one off).
 */
@Component
class SessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	SessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(fixedDelayString = "${portal.session.cleanup-every:PT5M}")
	@SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT10M")
	public void clean() {
		sessions.cleanUpExpiredSessions();
	}

}

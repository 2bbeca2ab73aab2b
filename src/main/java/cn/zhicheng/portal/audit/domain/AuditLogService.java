package cn.zhicheng.portal.audit.domain;

import java.time.Clock;
import java.util.List;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.audit.AuditRecord;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class AuditLogService implements AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLogService(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		events.save(new AuditEvent(entry, clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditRecord> about(String subjectType, long subjectId, int limit) {
		return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(subjectType, subjectId, Limit.of(limit))
			.stream()
			.map(AuditEvent::toRecord)
			.toList();
	}

}

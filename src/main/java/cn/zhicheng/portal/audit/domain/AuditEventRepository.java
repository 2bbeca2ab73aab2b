package cn.zhicheng.portal.audit.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	/** Served by audit_event_subject_idx (V19). */
	List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, long subjectId,
			Limit limit);

}

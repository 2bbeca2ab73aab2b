package cn.zhicheng.portal.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.notification.Channel;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Each list reads one index in order and stops after {@code limit} rows: the inbox and the log those of
 * V6__notification.sql, the outbox the pending index of V21__notification_outbox.sql.
 */
interface NotificationRecordRepository extends Repository<NotificationRecord, Long> {

	NotificationRecord save(NotificationRecord record);

	Optional<NotificationRecord> findById(Long id);

	List<NotificationRecord> findByRecipientAccountIdAndChannelOrderByCreatedAtDescIdDesc(long recipientAccountId,
			Channel channel, Limit limit);

	List<NotificationRecord> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

	/** The row comparison keeps paging exact when several messages share a timestamp. */
	@Query(nativeQuery = true, value = """
			select r.* from notification_record r
			where (r.created_at, r.id) < (select b.created_at, b.id from notification_record b where b.id = :beforeId)
			order by r.created_at desc, r.id desc
			limit :limit""")
	List<NotificationRecord> findOlderThan(long beforeId, int limit);

	/** Pending messages whose next attempt is due, oldest due first. */
	@Query(nativeQuery = true, value = """
			select r.id from notification_record r
			where r.status = 'PENDING' and r.next_attempt_at <= :now
			order by r.next_attempt_at, r.id
			limit :limit""")
	List<Long> findDueIds(Instant now, int limit);

	/**
	 * The message, locked for this transaction, if it is still pending and due. A message another transaction is
	 * delivering is skipped rather than waited for, so the dispatcher and an immediate delivery never send it twice.
	 */
	@Query(nativeQuery = true, value = """
			select r.* from notification_record r
			where r.id = :id and r.status = 'PENDING' and r.next_attempt_at <= :now
			for update skip locked""")
	Optional<NotificationRecord> lockIfDue(long id, Instant now);

}

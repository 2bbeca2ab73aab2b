package cn.zhicheng.portal.notification.domain;

import java.util.List;

import cn.zhicheng.portal.notification.Channel;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Each list reads one of the two indexes of V6__notification.sql in order, and stops after {@code limit} rows. */
interface NotificationRecordRepository extends Repository<NotificationRecord, Long> {

	NotificationRecord save(NotificationRecord record);

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

}

package cn.zhicheng.portal.application.notice;

import java.util.Locale;

import cn.zhicheng.portal.account.AccountSummary;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the unit's HR officers that an objection arrived: the file is held until they record a resolution, so they
 * must learn of it without watching the page. Sent within the objection's transaction, so a refused one sends nothing.
 */
@Component
class UnitAlerts {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final NotificationSender sender;

	private final MessageSource messages;

	UnitAlerts(JdbcClient jdbc, Accounts accounts, NotificationSender sender, MessageSource messages) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.sender = sender;
		this.messages = messages;
	}

	void objectionLodged(long applicationId) {
		record File(String number, String applicantName, long unitId) {
		}
		File file = jdbc.sql("select number, coalesce(applicant_name, '') as applicant_name, unit_id from application where id = :id")
			.param("id", applicationId)
			.query(File.class)
			.single();
		String text = messages.getMessage("notice.objection.alert", new Object[] { file.applicantName(), file.number() },
				Locale.SIMPLIFIED_CHINESE);
		accounts.ofUnit(file.unitId(), Role.UNIT_HR)
			.stream()
			.filter(AccountSummary::enabled)
			.forEach(officer -> sender.send(Notification.inApp(officer.id(), Purpose.APPLICATION, text)));
	}

}

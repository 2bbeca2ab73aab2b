package cn.zhicheng.portal.application.domain;

import java.util.Locale;

import cn.zhicheng.portal.account.AccountSummary;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationReturned;
import cn.zhicheng.portal.application.ApplicationSubmitted;
import cn.zhicheng.portal.application.ApplicationWithdrawn;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a file moves to, so nobody has to phone to learn where it stands: the unit's HR officers when a
 * file arrives or is withdrawn, the applicant when it is returned with reasons. In-app messages, sent within the
 * change's transaction, so a change that rolls back sends nothing.
 */
@Component
class FileNotices {

	private final Accounts accounts;

	private final Persons persons;

	private final NotificationSender sender;

	private final MessageSource messages;

	FileNotices(Accounts accounts, Persons persons, NotificationSender sender, MessageSource messages) {
		this.accounts = accounts;
		this.persons = persons;
		this.sender = sender;
		this.messages = messages;
	}

	@EventListener
	void submitted(ApplicationSubmitted event) {
		String key = event.resubmission() ? "application.notice.resubmitted" : "application.notice.submitted";
		toOfficers(event.unitId(), text(key, name(event.applicantId()), event.number()));
	}

	@EventListener
	void withdrawn(ApplicationWithdrawn event) {
		toOfficers(event.unitId(), text("application.notice.withdrawn", name(event.applicantId()), event.number()));
	}

	@EventListener
	void returned(ApplicationReturned event) {
		sender.send(Notification.inApp(event.applicantId(), Purpose.APPLICATION,
				text("application.notice.returned", event.number(), event.reason())));
	}

	private void toOfficers(long unitId, String text) {
		accounts.ofUnit(unitId, Role.UNIT_HR)
			.stream()
			.filter(AccountSummary::enabled)
			.forEach(officer -> sender.send(Notification.inApp(officer.id(), Purpose.APPLICATION, text)));
	}

	private String name(long applicantId) {
		return persons.find(applicantId).map(PersonView::realName).orElse("");
	}

	private String text(String key, Object... arguments) {
		String text = messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
		return text.length() > Notification.MAX_TEXT_LENGTH ? text.substring(0, Notification.MAX_TEXT_LENGTH) : text;
	}

}

package cn.zhicheng.portal.application.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.zhicheng.portal.account.AccountSummary;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatusChanged;
import cn.zhicheng.portal.application.ApplicationSubmitted;
import cn.zhicheng.portal.application.ApplicationWithdrawn;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a file moves to, so nobody has to phone to learn where it stands: the unit's HR officers when a
 * file arrives or is withdrawn; the applicant of every status change they did not make themselves (issue #6 part 7;
 * DOMAIN.md §7.1: a return "and the applicant is notified"), in the inbox with the reason and by SMS without it. Sent
 * within the change's transaction (the SMS through the outbox), so a change that rolls back sends nothing.
 */
@Component
class FileNotices {

	/** The applicant's own actions: they know already. */
	private static final Set<WorkflowAction> APPLICANTS_OWN = EnumSet.of(WorkflowAction.SUBMIT,
			WorkflowAction.RESUBMIT, WorkflowAction.WITHDRAW, WorkflowAction.ABANDON);

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

	/**
	 * Every change made by a reviewer, the public or the portal itself. The SMS names the file by its number and
	 * leaves the reason out: a reviewer's free text might quote an ID or mobile number, and an SMS is read anywhere.
	 */
	@EventListener
	void statusChanged(ApplicationStatusChanged event) {
		if (APPLICANTS_OWN.contains(event.action())) {
			return;
		}
		String action = text("application.action." + event.action());
		String status = text("application.status." + event.to());
		String reason = event.reason();
		String inApp = (reason == null || reason.isBlank())
				? text("notification.file.status-changed", event.number(), action, status)
				: text("notification.file.status-changed.reason", event.number(), action, status, reason);
		sender.send(Notification.inApp(event.applicantId(), Purpose.APPLICATION, inApp));
		persons.find(event.applicantId())
			.map(PersonView::mobile)
			.filter(mobile -> !mobile.isBlank())
			.ifPresent(mobile -> sender.send(Notification.sms(mobile, Purpose.APPLICATION,
					text("notification.file.status-changed.sms", event.number(), action, status))));
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

package cn.zhicheng.portal.notification.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationPage;
import cn.zhicheng.portal.notification.NotificationView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 发送记录: what the portal has sent, for administrators (the security chain keeps /admin/** to them). */
@Controller
class NotificationLogController {

	static final String VIEW = "notification/admin-log";

	static final int PAGE_SIZE = 20;

	private final NotificationInbox inbox;

	private final Clock clock;

	NotificationLogController(NotificationInbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping("/admin/notifications")
	String log(@RequestParam(required = false) @Nullable Long before, Model model) {
		NotificationPage page = inbox.before(before, PAGE_SIZE);
		List<LogRow> rows = page.rows()
			.stream()
			.map(view -> new LogRow(view, LocalDateTime.ofInstant(view.createdAt(), clock.getZone())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("nextBefore", page.nextBefore());
		model.addAttribute("older", before != null);
		return VIEW;
	}

	/** A message with its time in the portal's zone: administrators read 北京时间, whatever the server's zone. */
	record LogRow(NotificationView notification, LocalDateTime time) {
	}

}

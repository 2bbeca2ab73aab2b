package cn.zhicheng.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** 发送记录 for administrators: masked mobiles, times in 北京时间, keyset pages, and closed to everyone else. */
@PortalTest
class NotificationLogPageTests {

	private static final String PAGE = "/admin/notifications";

	/** The page's size (NotificationLogController.PAGE_SIZE). */
	private static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NotificationSender sender;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	MutableClock clock;

	@Autowired
	UserDetailsService userDetails;

	private Instant clockBefore;

	/** Past every message other tests recorded, on a whole second, so this test's messages lead the log. */
	@BeforeEach
	void moveClockPastEveryRecordedMessage() {
		clockBefore = clock.instant();
		Instant newest = inbox.before(null, 1).rows().stream().findFirst().map(NotificationView::createdAt)
			.orElse(clockBefore);
		clock.set(Instant.ofEpochSecond(Math.max(newest.getEpochSecond(), clockBefore.getEpochSecond()) + 3600));
	}

	@AfterEach
	void restoreClock() {
		clock.set(clockBefore);
	}

	@Test
	void administratorsSeeTheMaskedMobileAndTheTextAtBeijingTime() {
		String beijingTime = SHOWN_TIME.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")));
		sender.send(Notification.sms("13812345678", Purpose.PASSWORD_RESET_CODE, "【职称申报】您的验证码为 731905"));

		assertThat(mvc.get().uri(PAGE).with(user(account("demo-admin")))).hasStatusOk()
			.bodyText()
			.contains("发送记录", beijingTime, "短信", "138****5678", "找回密码验证码", "【职称申报】您的验证码为 731905")
			.doesNotContain("13812345678");
	}

	@Test
	void anInAppMessageShowsTheAccount() {
		long applicant = idOf("demo-applicant");
		sender.send(Notification.inApp(applicant, Purpose.UNIT_APPROVAL, "贵单位的注册申请已通过"));

		assertThat(mvc.get().uri(PAGE).with(user(account("demo-admin")))).hasStatusOk()
			.bodyText()
			.contains("站内消息", "账户 " + applicant, "单位审核", "贵单位的注册申请已通过");
	}

	@Test
	void aNextPageLinkLeadsToOlderMessages() {
		sender.send(Notification.sms("13600000000", Purpose.ACCOUNT, "最早的一条"));
		for (int i = 1; i <= PAGE_SIZE; i++) {
			clock.advance(Duration.ofSeconds(1));
			sender.send(Notification.sms("13600000000", Purpose.ACCOUNT, "较新的第 " + i + " 条"));
		}
		NotificationPage first = inbox.before(null, PAGE_SIZE);

		assertThat(mvc.get().uri(PAGE).with(user(account("demo-admin")))).hasStatusOk()
			.bodyText()
			.contains("下一页", "?before=" + first.nextBefore())
			.doesNotContain("最早的一条");
		assertThat(mvc.get().uri(PAGE).param("before", String.valueOf(first.nextBefore()))
			.with(user(account("demo-admin")))).hasStatusOk()
			.bodyText()
			.contains("最早的一条", "回到最新");
	}

	@Test
	void aPageWithNoOlderMessagesSaysSo() {
		assertThat(mvc.get().uri(PAGE).param("before", String.valueOf(Long.MAX_VALUE))
			.with(user(account("demo-admin")))).hasStatusOk()
			.bodyText()
			.contains("没有更早的记录")
			.doesNotContain("<table");
	}

	@Test
	void otherRolesAreRefused() {
		for (String username : new String[] { "demo-applicant", "demo-unit", "demo-county", "demo-city" }) {
			assertThat(mvc.get().uri(PAGE).with(user(account(username)))).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(mvc.get().uri(PAGE).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	private UserDetails account(String username) {
		return userDetails.loadUserByUsername(username);
	}

	private long idOf(String username) {
		return ((PortalUser) account(username)).id();
	}

}

package cn.zhicheng.portal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.notification.Channel;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationPage;
import cn.zhicheng.portal.notification.NotificationView;
import cn.zhicheng.portal.validation.IdNumbers;
import cn.zhicheng.portal.validation.Masking;

/**
 * Fresh, valid and distinct personal data for tests that share one database: usernames, mobiles and ID numbers
 * never collide across test classes, and the SMS codes the portal sent can be read back as a person would.
 */
public final class People {

	private static final AtomicInteger sequence = new AtomicInteger((int) (System.nanoTime() % 9000));

	private People() {
	}

	public static int next() {
		return sequence.incrementAndGet();
	}

	public static String username(String prefix, int n) {
		return prefix + "-" + n;
	}

	/** 139 followed by eight digits from {@code n}: distinct in the last four, so masks differ too. */
	public static String mobile(int n) {
		return "139" + String.format("%08d", n % 100_000_000);
	}

	/** A valid ID number of a woman born 1990-05-{day}, with {@code n} in the sequence digits. */
	public static String idNumber(int n) {
		String first17 = "441802" + "1990" + "05" + String.format("%02d", 1 + n % 28) + String.format("%03d", (n % 500) * 2);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	/**
	 * The code in the newest SMS sent to the mobile, read from the send log as an administrator would, page by page:
	 * tests that move the shared clock forward leave newer messages on top.
	 */
	public static String lastCodeSentTo(NotificationInbox inbox, String mobile) {
		String masked = Masking.mobile(mobile);
		Long before = null;
		for (int page = 0; page < 50; page++) {
			NotificationPage rows = inbox.before(before, NotificationInbox.MAX_PAGE_SIZE);
			for (NotificationView message : rows.rows()) {
				if (message.channel() == Channel.SMS && message.recipient().equals(masked)) {
					Matcher code = Pattern.compile("\\d{6}").matcher(message.text());
					if (code.find()) {
						return code.group();
					}
				}
			}
			if (rows.nextBefore() == null) {
				break;
			}
			before = rows.nextBefore();
		}
		throw new AssertionError("no code was sent to " + masked);
	}

	/**
	 * The demo world has no county reviewer for 英德市 (441881), and the tests of a county "not yet online" rely on it;
	 * classes that need a reviewer there make their own. Those tests call this first, so a reviewer another class left
	 * serving (classes run in no fixed order) does not decide their outcome.
	 */
	public static void noReviewerServes(org.springframework.jdbc.core.JdbcTemplate jdbc, String regionCode) {
		jdbc.update("""
				update user_account set enabled = false
				where role = 'COUNTY_REVIEWER' and region_id = (select id from region where code = ?)""", regionCode);
	}

}

package cn.zhicheng.portal.audit.domain;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the trail is kept ({@code portal.audit.retention}, a period such as {@code 12m} or {@code P1Y}; default 12
 * months) and when the daily purge runs ({@code portal.audit.purge-cron}, in {@code portal.time-zone}). Network logs
 * must be kept for at least six months (网络安全法 第二十一条), so a shorter period stops the portal at startup; the
 * database refuses to delete younger rows anyway (V19).
 */
@ConfigurationProperties("portal.audit")
record AuditProperties(@DefaultValue("12m") Period retention, @DefaultValue("0 30 3 * * *") String purgeCron) {

	static final int MINIMUM_MONTHS = 6;

	/** Days count as if every month had 31, so a period given partly in days is never short of six months. */
	private static final int LONGEST_MONTH_DAYS = 31;

	AuditProperties {
		if (!atLeastMinimum(retention)) {
			throw new IllegalArgumentException("portal.audit.retention must be at least " + MINIMUM_MONTHS
					+ " months (网络安全法 第二十一条: 网络日志留存不少于六个月), but is " + retention);
		}
	}

	private static boolean atLeastMinimum(Period retention) {
		Period period = retention.normalized();
		if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
			return false;
		}
		return period.toTotalMonths() * LONGEST_MONTH_DAYS + period.getDays() >= MINIMUM_MONTHS * LONGEST_MONTH_DAYS;
	}

}

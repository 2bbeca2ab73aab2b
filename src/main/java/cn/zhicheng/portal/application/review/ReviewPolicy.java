package cn.zhicheng.portal.application.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Numbers of the review pages: a file waiting more than {@code overdueWorkingDays} in a stage is flagged (issue #6
 * part 4: 5 working days), queues show {@code pageSize} files a page, and a city's 补正 deadline defaults to
 * {@code amendmentWorkingDays} when the committee's window names none.
 */
@ConfigurationProperties("portal.review")
public record ReviewPolicy(@DefaultValue("5") int overdueWorkingDays, @DefaultValue("20") int pageSize,
		@DefaultValue("10") int amendmentWorkingDays) {
}

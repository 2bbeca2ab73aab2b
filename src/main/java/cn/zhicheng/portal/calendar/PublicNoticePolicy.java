package cn.zhicheng.portal.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a 公示 runs: "不少于5个工作日" before the employer passes the materials up and again after the review
 * (《职称评审管理暂行规定》, 人社部令第40号, Art. 16; DOMAIN.md §4.1). Read here only, as
 * {@code portal.public-notice.working-days}, so a change of rule is one setting.
 */
@ConfigurationProperties("portal.public-notice")
public record PublicNoticePolicy(@DefaultValue("5") int workingDays) {

	public PublicNoticePolicy {
		if (workingDays < 1) {
			throw new IllegalArgumentException("portal.public-notice.working-days must be at least 1");
		}
	}

}

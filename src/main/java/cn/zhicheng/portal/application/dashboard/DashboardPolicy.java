package cn.zhicheng.portal.application.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Numbers of the dashboard: the breakdown by unit lists the {@code topUnits} units with the most files and sums the
 * rest into one row (其他), so a city with thousands of units does not render thousands of rows.
 */
@ConfigurationProperties("portal.dashboard")
public record DashboardPolicy(@DefaultValue("20") int topUnits) {
}

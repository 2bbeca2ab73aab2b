package cn.zhicheng.portal.application.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the background exports: {@code threads} jobs write at once on an instance (each holds two database
 * connections: its cursor and its chunk writes), {@code queued} more wait; a user has at most {@code perUser} jobs
 * queued or running; a document is kept {@code keepFor}, then deleted; a job that has not reported for
 * {@code staleAfter} is declared failed (its instance stopped); documents are stored in chunks of {@code chunkBytes}.
 */
@ConfigurationProperties("portal.export")
public record ExportSettings(@DefaultValue("2") int threads, @DefaultValue("50") int queued,
		@DefaultValue("3") int perUser, @DefaultValue("PT24H") Duration keepFor,
		@DefaultValue("PT5M") Duration staleAfter, @DefaultValue("1048576") int chunkBytes) {
}

package cn.zhicheng.portal.certificate.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the registry's two doors ({@code portal.certificate.registry.*}).
 *
 * @param maxFileSize largest import file accepted; keep {@code spring.servlet.multipart.max-file-size} above it, or the
 * servlet cuts a large upload off first
 * @param batchSize rows inserted per statement batch and transaction: a failure loses at most one batch, and a large
 * file never holds one long transaction
 * @param reportedRows bad rows listed on the result page (all are counted)
 * @param perClientPerHour correction requests one client may file within an hour
 * @param perIdNumberPerDay correction requests about one ID number within 24 hours
 * @param minFillTime a correction form sent back sooner than this after it was shown is a script's
 * @param maxFormAge a correction form older than this is refused, so a captured stamp cannot be replayed for long
 * @param pageSize requests on a page of the city bureau's queue
 */
@ConfigurationProperties("portal.certificate.registry")
public record RegistrySettings(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("500") int batchSize,
		@DefaultValue("200") int reportedRows, @DefaultValue("3") int perClientPerHour,
		@DefaultValue("3") int perIdNumberPerDay, @DefaultValue("3s") Duration minFillTime,
		@DefaultValue("2h") Duration maxFormAge, @DefaultValue("50") int pageSize) {

	public RegistrySettings {
		if (maxFileSize.toBytes() < 1 || batchSize < 1 || reportedRows < 1 || perClientPerHour < 1
				|| perIdNumberPerDay < 1 || pageSize < 1 || minFillTime.isNegative()
				|| maxFormAge.compareTo(minFillTime) <= 0) {
			throw new IllegalArgumentException(
					"portal.certificate.registry limits must be positive and max-form-age longer than min-fill-time");
		}
	}

}

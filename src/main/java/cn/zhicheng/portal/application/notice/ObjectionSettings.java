package cn.zhicheng.portal.application.notice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The objection form's defences ({@code portal.objections.*}). The form is public, so it must stand up to scripts
 * without a login: a person needs a few seconds to read a notice and write a complaint, a page left open for hours is
 * stale, and one client or one file cannot be flooded.
 *
 * @param pepper server secret that keys the clients' address hashes and signs the form's timestamp; set it the same
 * on every instance (blank: derived from the personal-data key, which every instance shares)
 * @param perClientPerHour most objections one client may lodge within an hour, across all files
 * @param perFilePerDay most objections one file may receive within 24 hours
 * @param minFillTime a form sent back sooner than this after it was shown is a script's
 * @param maxFormAge a form older than this is refused, so a captured stamp cannot be replayed for long
 */
@ConfigurationProperties("portal.objections")
public record ObjectionSettings(@DefaultValue("") String pepper, @DefaultValue("5") int perClientPerHour,
		@DefaultValue("20") int perFilePerDay, @DefaultValue("3s") Duration minFillTime,
		@DefaultValue("2h") Duration maxFormAge) {

	public ObjectionSettings {
		if (perClientPerHour < 1 || perFilePerDay < 1 || minFillTime.isNegative()
				|| maxFormAge.compareTo(minFillTime) <= 0) {
			throw new IllegalArgumentException(
					"portal.objections limits must be positive and max-form-age longer than min-fill-time");
		}
	}

}

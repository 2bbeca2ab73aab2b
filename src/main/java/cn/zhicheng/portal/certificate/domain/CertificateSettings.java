package cn.zhicheng.portal.certificate.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certificates ({@code portal.certificate.*}).
 *
 * @param numberFormat the certificate number: {@code {year}} is the 评审年度, {@code {serial}} the next value of
 * {@code certificate_serial_seq} as six digits (more when it outgrows them); DOMAIN.md §5.4 found no official pattern,
 * so it is configurable
 * @param issuer the 发证机关 printed on issued certificates
 * @param signingKey the secret that signs QR tokens and keys the ID-number and client-address hashes; set it the same
 * on every instance (blank: derived from the personal-data key, which every instance shares)
 * @param baseUrl the portal's public address for the QR code (blank: the address of the request that downloads it)
 * @param lookupsPerClientPerHour most lookups and API verifications one client may make within an hour
 * @param issueCron when the daily job issues the certificates that became due, in portal.time-zone
 */
@ConfigurationProperties("portal.certificate")
public record CertificateSettings(@DefaultValue("粤职证{year}{serial}") String numberFormat,
		@DefaultValue("广东省人力资源和社会保障厅") String issuer, @DefaultValue("") String signingKey,
		@DefaultValue("") String baseUrl, @DefaultValue("20") int lookupsPerClientPerHour,
		@DefaultValue("0 15 1 * * *") String issueCron) {

	public CertificateSettings {
		if (!numberFormat.contains("{serial}")) {
			throw new IllegalArgumentException("portal.certificate.number-format must contain {serial}");
		}
		if (lookupsPerClientPerHour < 1) {
			throw new IllegalArgumentException("portal.certificate.lookups-per-client-per-hour must be positive");
		}
	}

	/** The number of the {@code serial}th certificate of a review year. */
	String number(int reviewYear, long serial) {
		return numberFormat.replace("{year}", String.valueOf(reviewYear))
			.replace("{serial}", String.format("%06d", serial));
	}

}

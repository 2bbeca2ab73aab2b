package cn.zhicheng.portal.certificate;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as it may be shown: the holder's ID number only masked. {@code level} is the
 * {@link cn.zhicheng.portal.catalog.TitleLevel} name; {@code replacedByNumber} is set when a reissue replaced it.
 */
public record CertificateView(long id, String number, @Nullable Long holderAccountId, String holderName,
		@Nullable String holderIdMasked, String titleName, @Nullable String seriesName, @Nullable String specialtyName,
		String level, int reviewYear, @Nullable String committeeName, String issuer, LocalDate issuedOn,
		CertificateSource source, CertificateStatus status, @Nullable Long applicationId,
		@Nullable String replacedByNumber) {

	/** Valid for anyone who checks it: neither replaced nor revoked. */
	public boolean valid() {
		return status == CertificateStatus.VALID;
	}

	@Override
	public String toString() {
		return "Certificate[" + id + ", " + number + "]";
	}

}

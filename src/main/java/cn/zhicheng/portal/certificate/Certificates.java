package cn.zhicheng.portal.certificate;

import java.util.List;
import java.util.Optional;

/**
 * Certificates as the portal's pages and other capabilities use them. Issuing waits for a final result: a PASSED
 * evaluation whose 评后公示 has ended (DOMAIN.md §4.1: final the day after the notice's last day). Lookups return
 * only certificates issued in 2016 or later (issue #7), with the holder's ID masked.
 */
public interface Certificates {

	/** The first year whose certificates 我的职称证书 and 证书查询 show. */
	int FIRST_YEAR = 2016;

	/**
	 * Issues the file's certificate, or returns the one it already has (a file gets one certificate).
	 * @throws CertificateRefusedException when the file has not passed or its result notice has not yet ended
	 */
	CertificateView issueFor(long applicationId);

	/** Issues every passed file whose result became final and has none yet; returns how many were issued. */
	int issueAllDue();

	/** The holder's own certificates from {@link #FIRST_YEAR} on, newest first. */
	List<CertificateView> ofHolder(long accountId);

	Optional<CertificateView> ofHolder(long accountId, long certificateId);

	/** By the holder's name and the certificate number; both must match. */
	Optional<CertificateView> findByNumber(String holderName, String number);

	/** By the holder's name and ID number (compared as a keyed hash, never stored in full). */
	List<CertificateView> findByIdNumber(String holderName, String idNumber);

	/** The keyed hash under which a holder's ID number is stored ({@code certificate.holder_id_hash}). */
	String holderIdHash(String idNumber);

	/** The signed token of the certificate's QR code. */
	String token(CertificateView certificate);

	/** The certificate the token names, or empty when the token is forged, altered or signed with another key. */
	Optional<CertificateView> verify(String token);

}

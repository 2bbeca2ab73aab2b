package cn.zhicheng.portal.certificate.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.Applications;
import cn.zhicheng.portal.application.CaseResults;
import cn.zhicheng.portal.certificate.CertificateSource;
import cn.zhicheng.portal.certificate.CertificateRefusedException;
import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.certificate.domain.CertificateRepository.NewCertificate;
import cn.zhicheng.portal.certificate.registry.IdNumberHash;
import cn.zhicheng.portal.validation.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues and finds certificates. A certificate is issued only for a PASSED evaluation whose committee result was
 * published and whose 评后公示 has ended — the application module's {@link CaseResults} decides that, in one place.
 * Its details come from the file as submitted, so later edits to the profile cannot change a certificate.
 */
@Service
@Transactional
public class CertificateService implements Certificates {

	private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

	private final CertificateRepository certificates;

	private final Applications applications;

	private final CaseResults results;

	private final CertificateKeys keys;

	private final IdNumberHash idHash;

	private final CertificateSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CertificateService(CertificateRepository certificates, Applications applications, CaseResults results,
			CertificateKeys keys, IdNumberHash idHash, CertificateSettings settings,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.results = results;
		this.transactions = new TransactionTemplate(transactionManager);
		this.certificates = certificates;
		this.applications = applications;
		this.keys = keys;
		this.idHash = idHash;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public CertificateView issueFor(long applicationId) {
		// Issuers of one file take turns; the unique application_id backs this up.
		certificates.lockFile(applicationId);
		Optional<CertificateView> existing = certificates.ofApplication(applicationId);
		if (existing.isPresent()) {
			return existing.get();
		}
		CaseResults.PassedCase passed = results.passed(applicationId)
			.orElseThrow(() -> new CertificateRefusedException("certificate.refused.not-passed"));
		long holder = passed.applicantId();
		LocalDate today = LocalDate.now(clock);
		if (!results.resultFinal(applicationId, today)) {
			throw new CertificateRefusedException("certificate.refused.not-final");
		}
		ApplicationFile file = applications.fileOf(holder, applicationId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		NewCertificate issued = switch (passed.type()) {
			case CERTIFICATE_REISSUE -> reissue(file, holder, today);
			case EVALUATION, INITIAL_RECOGNITION, COMMISSIONED_EVALUATION -> titled(file, holder, today, passed.type());
		};
		long id = certificates.insertIssued(issued)
			.orElseThrow(() -> new IllegalStateException("certificate of " + applicationId + " issued concurrently"));
		if (issued.reissueOf() != null && file.reissue() != null
				&& file.reissue().reason() == cn.zhicheng.portal.application.ReissueReason.DETAILS_CHANGED) {
			certificates.markReplaced(issued.reissueOf(), id);
		}
		log.info("Certificate {} issued for application {}", issued.number(), applicationId);
		return certificates.find(id).orElseThrow();
	}

	/**
	 * A certificate for a title granted here (评审, 初次考核认定 at the level granted) or by another province's committee
	 * (省外委托评审: kept on record so it can be verified, with that committee as issuer).
	 */
	private NewCertificate titled(ApplicationFile file, long holder, LocalDate today,
			cn.zhicheng.portal.application.ApplicationType type) {
		ApplicationFile.Declaration d = file.declaration();
		if (d.levelName() == null || d.targetLevel() == null) {
			throw new CertificateRefusedException("certificate.refused.incomplete");
		}
		boolean commissioned = type == cn.zhicheng.portal.application.ApplicationType.COMMISSIONED_EVALUATION;
		String committee = commissioned && file.commission() != null ? file.commission().committeeName()
				: d.committeeName();
		String issuer = commissioned && file.commission() != null && file.commission().committeeName() != null
				? file.commission().committeeName() : settings.issuer();
		String idNumber = file.applicant().idNumber();
		int year = file.header().reviewYear();
		return new NewCertificate(settings.number(year, certificates.nextSerial()), holder,
				file.applicant().realName(), idNumber == null ? null : idHash.of(idNumber),
				idNumber == null ? null : Masking.idNumber(idNumber), d.levelName(), d.seriesName(), d.specialtyName(),
				d.targetLevel().name(), year, committee, issuer, today, file.header().id(),
				commissioned ? CertificateSource.COMMISSIONED : CertificateSource.ISSUED, null);
	}

	/**
	 * 补发: the holder's certificate named in the application, again under a new number, marked REISSUED; the holder's
	 * name as it is now (it may be the detail that changed).
	 */
	private NewCertificate reissue(ApplicationFile file, long holder, LocalDate today) {
		String oldNumber = file.reissue() == null ? null : file.reissue().certificateNo();
		CertificateView old = oldNumber == null ? null : certificates.validOfHolder(holder, oldNumber).orElse(null);
		if (old == null) {
			throw new CertificateRefusedException("certificate.refused.reissue-unknown");
		}
		String idNumber = file.applicant().idNumber();
		return new NewCertificate(settings.number(old.reviewYear(), certificates.nextSerial()), holder,
				file.applicant().realName(), idNumber == null ? null : idHash.of(idNumber),
				idNumber == null ? null : Masking.idNumber(idNumber), old.titleName(), old.seriesName(),
				old.specialtyName(), old.level(), old.reviewYear(), old.committeeName(), settings.issuer(), today,
				file.header().id(), CertificateSource.REISSUED, old.id());
	}

	/** The city reviewer's 发证: only for a file of the reviewer's city, else as if it did not exist. */
	public CertificateView issueFor(PortalUser reviewer, long applicationId) {
		if (reviewer.role() != Role.CITY_REVIEWER || !results.heldBy(reviewer, applicationId)) {
			throw new ApplicationNotFoundException(applicationId);
		}
		return issueFor(applicationId);
	}

	/** Each file in its own transaction, so one refusal or failure stops no other. */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int issueAllDue() {
		int issued = 0;
		List<Long> due = transactions.execute(status -> results.finalPasses(LocalDate.now(clock))
			.stream()
			.filter(id -> certificates.ofApplication(id).isEmpty())
			.toList());
		for (long applicationId : due == null ? List.<Long>of() : due) {
			try {
				transactions.executeWithoutResult(status -> issueFor(applicationId));
				issued++;
			}
			catch (RuntimeException failed) {
				log.warn("Certificate of application {} not issued: {}", applicationId, failed.getMessage());
			}
		}
		return issued;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateView> ofHolder(long accountId) {
		return certificates.ofHolder(accountId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CertificateView> ofHolder(long accountId, long certificateId) {
		return certificates.ofHolder(accountId, certificateId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CertificateView> findByNumber(String holderName, String number) {
		return certificates.byNumber(holderName.strip(), number.strip());
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateView> findByIdNumber(String holderName, String idNumber) {
		return certificates.byIdHash(holderName.strip(), idHash.of(idNumber));
	}

	@Override
	public String holderIdHash(String idNumber) {
		return idHash.of(idNumber);
	}

	@Override
	public String token(CertificateView certificate) {
		return keys.token(certificate.id(), certificate.number());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CertificateView> verify(String token) {
		return keys.open(token)
			.flatMap(signed -> certificates.find(signed.id()).filter(c -> c.number().equals(signed.number())));
	}

}

package cn.zhicheng.portal.certificate.domain;

import cn.zhicheng.portal.certificate.Certificates;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily, on one instance at a time (ShedLock, see {@code system.scheduling.SchedulingConfiguration}): issues the
 * certificate of every passed file whose 评后公示 ended, so no holder waits for a reviewer to press a button (the
 * lookup hits are forgotten by the rate limiter's own job).
 */
@Component
class CertificateJobs {

	private static final Logger log = LoggerFactory.getLogger(CertificateJobs.class);

	private final Certificates certificates;

	CertificateJobs(Certificates certificates) {
		this.certificates = certificates;
	}

	@Scheduled(cron = "${portal.certificate.issue-cron:0 15 1 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "certificate-issue", lockAtMostFor = "PT30M")
	void issueDue() {
		int issued = certificates.issueAllDue();
		log.info("Certificate job: {} issued", issued);
	}

}

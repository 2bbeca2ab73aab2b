package cn.zhicheng.portal.certificate.domain;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline of the public 证书查询 by number (issue #9): the page's SQL, the client's hourly limit
 * ({@link LookupLimiter#tryAcquire}: a lock, a count and an insert) and {@link CertificateRepository#byNumber}, with no template,
 * security or form binding. Only in profile {@code bench}.
 */
@RestController
@Profile("bench")
class CertificateLookupBaseline {

	private final LookupLimiter limiter;

	private final CertificateRepository certificates;

	private final JdbcClient jdbc;

	CertificateLookupBaseline(LookupLimiter limiter, CertificateRepository certificates, JdbcClient jdbc) {
		this.limiter = limiter;
		this.certificates = certificates;
		this.jdbc = jdbc;
	}

	@RequestMapping(value = "/bench/baseline/certificate", produces = MediaType.TEXT_PLAIN_VALUE)
	String lookup(@RequestParam String holderName, @RequestParam String number, HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			return "limited\n";
		}
		return certificates.byNumber(holderName.strip(), number.strip())
			.map(found -> found.number() + " " + found.status() + "\n")
			.orElse("none\n");
	}

	/**
	 * Forgets every lookup hit, so the page and its baseline each start from an empty hit table: with the limit raised
	 * for the run, the hourly count grows with every lookup from the one client address. Set-up, never measured.
	 */
	@PostMapping(value = "/bench/baseline/certificate/reset", produces = MediaType.TEXT_PLAIN_VALUE)
	String reset() {
		return jdbc.sql("delete from rate_limit_hit where bucket = :bucket")
			.param("bucket", LookupLimiter.BUCKET)
			.update() + " hits removed\n";
	}

	/** Holder name and number of the n-th certificate from 2016 on, tab-separated: set-up, never measured. */
	@GetMapping(value = "/bench/baseline/certificate/sample", produces = MediaType.TEXT_PLAIN_VALUE)
	String sample(@RequestParam(defaultValue = "0") int n) {
		return jdbc.sql("""
				select holder_name || chr(9) || number from certificate where issued_on >= date '2016-01-01'
				order by id limit 1 offset :n""").param("n", n).query(String.class).optional().orElse("") + "\n";
	}

}

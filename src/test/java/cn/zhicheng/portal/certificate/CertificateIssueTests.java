package cn.zhicheng.portal.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.committee.Ballots;
import cn.zhicheng.portal.application.committee.CommitteeSessions;
import cn.zhicheng.portal.application.committee.CommitteeVotes;
import cn.zhicheng.portal.application.committee.NewSession;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issuing (issue #7 part 1): only for a passed file whose 评后公示 has ended, from the file as submitted, once per file,
 * with numbers unique however many issue at once; the daily job and the city's button issue the same way.
 */
@PortalTest
class CertificateIssueTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	MutableClock clock;

	@Autowired
	PersonalRecords records;

	@Autowired
	ApplicationService applications;

	@Autowired
	CommitteeSessions sessions;

	@Autowired
	CommitteeVotes votes;

	@Autowired
	Certificates certificates;

	@Autowired
	CommitteeFiles files;

	@BeforeEach
	void files() {
	}

	@Test
	void aCertificateIsIssuedOnlyAfterTheResultNoticeHasRun() {
		PortalUser applicant = files.applicant();
		long file = files.inCommitteeReview(applicant);
		assertThatThrownBy(() -> certificates.issueFor(file)).hasMessage("certificate.refused.not-passed");
		long session = voteAndPublish(List.of(file));
		clock.set(Instant.parse("2026-04-09T02:00:00Z"));
		assertThatThrownBy(() -> certificates.issueFor(file)).as("last day of the notice")
			.hasMessage("certificate.refused.not-final");
		assertThat(count(file)).isZero();

		clock.set(Instant.parse("2026-04-10T02:00:00Z"));
		CertificateView issued = certificates.issueFor(file);
		assertThat(issued.number()).matches("粤职证2025\\d{6}");
		assertThat(issued.holderName()).isEqualTo(name(file));
		assertThat(issued.holderAccountId()).isEqualTo(applicant.id());
		assertThat(issued.titleName()).isEqualTo("工程师");
		assertThat(issued.seriesName()).isEqualTo("工程技术人员");
		assertThat(issued.specialtyName()).isEqualTo("生态环境监测");
		assertThat(issued.level()).isEqualTo("INTERMEDIATE");
		assertThat(issued.reviewYear()).isEqualTo(2025);
		assertThat(issued.committeeName()).isEqualTo(CommitteeFiles.COMMITTEE);
		assertThat(issued.issuer()).isEqualTo("广东省人力资源和社会保障厅");
		assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(issued.holderIdMasked()).startsWith("4418").contains("*").doesNotContain(idNumber(applicant));
		assertThat(jdbc.queryForObject("select holder_id_hash from certificate where id = ?", String.class, issued.id()))
			.isEqualTo(certificates.holderIdHash(idNumber(applicant)));

		assertThat(certificates.issueFor(file).number()).as("idempotent").isEqualTo(issued.number());
		assertThat(count(file)).isOne();
		assertThat(session).isPositive();
	}

	@Test
	void numbersAreUniqueWhenIssuedConcurrently() throws Exception {
		List<Long> passed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			passed.add(files.inCommitteeReview(files.applicant()));
		}
		voteAndPublish(passed);
		clock.set(Instant.parse("2026-04-10T02:00:00Z"));
		List<Callable<String>> issues = new ArrayList<>();
		for (long file : passed) {
			// Each file twice at once: one certificate per file, whoever wins.
			issues.add(() -> certificates.issueFor(file).number());
			issues.add(() -> certificates.issueFor(file).number());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<String> numbers = new ArrayList<>();
		try {
			for (Future<String> result : pool.invokeAll(issues)) {
				numbers.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}
		Set<String> distinct = Set.copyOf(numbers);
		assertThat(distinct).hasSize(4);
		for (long file : passed) {
			assertThat(count(file)).isOne();
		}
		Set<String> stored = passed.stream()
			.map(file -> jdbc.queryForObject("select number from certificate where application_id = ?", String.class,
					file))
			.collect(Collectors.toSet());
		assertThat(stored).isEqualTo(distinct);
	}

	@Test
	void theDailyJobIssuesEveryFileWhoseNoticeEnded() {
		long file = files.inCommitteeReview(files.applicant());
		voteAndPublish(List.of(file));
		clock.set(Instant.parse("2026-04-09T02:00:00Z"));
		certificates.issueAllDue();
		assertThat(count(file)).isZero();
		clock.set(Instant.parse("2026-04-10T02:00:00Z"));
		assertThat(certificates.issueAllDue()).isPositive();
		assertThat(count(file)).isOne();
	}

	@Test
	void theCityIssuesOnlyFilesOfItsCity() {
		long file = files.inCommitteeReview(files.applicant());
		voteAndPublish(List.of(file));
		clock.set(Instant.parse("2026-04-09T02:00:00Z"));
		assertThat(mvc.post().uri("/city/certificates/issue/" + file).with(user(files.city())).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/city/applications/" + file)
			.flash()
			.containsEntry("refusedKey", "certificate.refused.not-final");
		clock.set(Instant.parse("2026-04-10T02:00:00Z"));
		assertThat(mvc.post().uri("/city/certificates/issue/" + file).with(user(files.otherCityReviewer())).with(csrf()))
			.hasStatus(404);
		assertThat(count(file)).isZero();
		assertThat(mvc.post().uri("/city/certificates/issue/" + file).with(user(files.city())).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("doneKey", "certificate.done.issued");
		assertThat(count(file)).isOne();
	}

	/** Votes the files through one session and publishes its 评后公示 from 2026-04-02 (ends 2026-04-09, 清明 between). */
	private long voteAndPublish(List<Long> passed) {
		long session = sessions.create(files.city(), new NewSession(files.committee(CommitteeFiles.COMMITTEE), 2025,
				LocalDate.of(2026, 3, 20), 9, 9, "张主任"));
		for (long file : passed) {
			votes.vote(files.city(), session, file, new Ballots(7, 2, 0));
		}
		clock.set(Instant.parse("2026-04-02T02:00:00Z"));
		long version = jdbc.queryForObject("select version from committee_session where id = ?", Long.class, session);
		assertThat(sessions.publish(files.city(), session, version, LocalDate.of(2026, 4, 2)))
			.isEqualTo(LocalDate.of(2026, 4, 9));
		return session;
	}

	private int count(long file) {
		return jdbc.queryForObject("select count(*) from certificate where application_id = ?", Integer.class, file);
	}

	private String name(long file) {
		return jdbc.queryForObject("select applicant_name from application where id = ?", String.class, file);
	}

	private String idNumber(PortalUser applicant) {
		return numbers.idNumber(applicant.id());
	}

}

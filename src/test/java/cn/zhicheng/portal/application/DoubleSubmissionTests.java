package cn.zhicheng.portal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.catalog.ReviewYears;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue #10, test 1: 1,000 applicants each start the same application twice at the same moment (a double click, two
 * tabs). Exactly 1,000 are stored, none twice; each second start is told the application already exists. Prints
 * the figure.
 */
@PortalTest
class DoubleSubmissionTests {

	private static final int APPLICANTS = 1_000;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aThousandDoubleStartsStoreAThousandApplications() throws Exception {
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		int year = ReviewYears.current(LocalDate.now(clock));
		String prefix = "dbl" + System.nanoTime() % 1_000_000 + "-";
		List<PortalUser> applicants = new ArrayList<>();
		for (int i = 0; i < APPLICANTS; i++) {
			String username = prefix + i;
			Long id = jdbc.queryForObject("""
					insert into user_account (username, password_hash, display_name, role)
					values (?, 'not-a-hash', ?, 'APPLICANT') returning id""", Long.class, username, "双击" + i);
			applicants.add(new PortalUser(id, username, "", "双击" + i, Role.APPLICANT, null, null, true, true));
		}

		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<MvcTestResult>> starts = new ArrayList<>();
		try {
			for (PortalUser applicant : applicants) {
				CyclicBarrier together = new CyclicBarrier(2);
				for (int click = 0; click < 2; click++) {
					starts.add(pool.submit(() -> {
						together.await();
						return mvc.post().uri("/applicant/applications").with(user(applicant)).with(csrf())
							.param("type", "EVALUATION").param("reviewYear", String.valueOf(year)).exchange();
					}));
				}
			}
			int created = 0;
			int toldExists = 0;
			for (Future<MvcTestResult> start : starts) {
				MvcTestResult result = start.get();
				if (result.getResponse().getStatus() == 302) {
					created++;
				}
				else if (result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
					.contains("不能重复新建")) {
					toldExists++;
				}
			}
			int stored = jdbc.queryForObject("""
					select count(*) from application a join user_account u on u.id = a.applicant_id
					where u.username like ?""", Integer.class, prefix + "%");
			int duplicates = jdbc.queryForObject("""
					select count(*) from (select a.applicant_id from application a
					join user_account u on u.id = a.applicant_id where u.username like ?
					group by a.applicant_id having count(*) > 1) twice""", Integer.class, prefix + "%");
			System.out.printf("Double starts: %d applicants × 2 at once → %d stored, %d duplicates, %d told it exists%n",
					APPLICANTS, stored, duplicates, toldExists);
			assertThat(stored).isEqualTo(APPLICANTS);
			assertThat(duplicates).isZero();
			assertThat(created).isEqualTo(APPLICANTS);
			assertThat(toldExists).isEqualTo(APPLICANTS);
		}
		finally {
			pool.shutdownNow();
		}
	}

}

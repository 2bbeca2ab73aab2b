package cn.zhicheng.portal.application.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline of saving the 个人信息 section (issue #9, the write path): the page loads the application twice
 * through JPA (the controller, then {@code savePersonal}) and Hibernate writes the row back with its version checked.
 * Here: the same two selects ({@link ApplicantPagesBaseline#LOAD}) and one versioned update of the section's columns
 * (Hibernate sets every column; PostgreSQL writes a whole new row version either way). Only in profile {@code bench}.
 */
@RestController
@Profile("bench")
class SectionSaveBaseline {

	private final JdbcClient jdbc;

	private final Clock clock;

	SectionSaveBaseline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PostMapping(value = "/bench/baseline/applications/{id}/personal", produces = MediaType.TEXT_PLAIN_VALUE)
	@Transactional
	public String save(@PathVariable long id, @RequestParam long applicant, @RequestParam LocalDate workStartedOn,
			@RequestParam(required = false) @Nullable String administrativePost) {
		jdbc.sql(ApplicantPagesBaseline.LOAD).params(id, applicant).query().singleRow();
		Map<String, Object> app = jdbc.sql(ApplicantPagesBaseline.LOAD).params(id, applicant).query().singleRow();
		long version = ((Number) app.get("version")).longValue();
		int updated = jdbc.sql("""
				update application set work_started_on = ?, administrative_post = ?, completed_steps = ?,
				       updated_at = ?, version = ? where id = ? and version = ?""")
			.params(Date.valueOf(workStartedOn), administrativePost, app.get("completed_steps"),
					Timestamp.from(clock.instant()), version + 1, id, version)
			.update();
		return updated == 1 ? "saved " + (version + 1) + "\n" : "stale\n";
	}

}

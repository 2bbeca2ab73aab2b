package cn.zhicheng.portal.application.domain;

import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.application.ApplicationSummary;
import cn.zhicheng.portal.application.domain.ReturnReasons.TimelineStep;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baselines of the applicant's 业务申请 list and 业务办理跟踪 page (issue #9): the same queries, in the same
 * order, through plain JDBC, with no template, security or JPA. The list is {@link ApplicationQueries#mine}; the
 * tracking page ({@link ApplicantTracking}) loads the application through JPA and reads its timeline with the returns'
 * reasons: the JPA load is replaced by the select Hibernate issues for {@code findByIdAndApplicantId} (logged with
 * spring.jpa.show-sql). Only in profile {@code bench}.
 */
@RestController
@Profile("bench")
class ApplicantPagesBaseline {

	/** As Hibernate issues it for ApplicationRepository.findByIdAndApplicantId (every column of the entity). */
	static final String LOAD = """
			select a1_0.id, a1_0.amendment_due_on, a1_0.applicant_id, a1_0.applicant_name, a1_0.before_summary,
			       a1_0.city_id, a1_0.claimed_at, a1_0.claimed_by, a1_0.committee_deadline,
			       a1_0.completed_steps, a1_0.county_id, a1_0.created_at, a1_0.series_id, a1_0.specialty_id,
			       a1_0.target_level, a1_0.committee_id, a1_0.route, a1_0.recommender1_name,
			       a1_0.recommender1_title, a1_0.recommender1_unit, a1_0.recommender2_name,
			       a1_0.recommender2_title, a1_0.recommender2_unit, a1_0.commission_province,
			       a1_0.commission_committee, a1_0.commission_reason, a1_0.notice_ends_on,
			       a1_0.notice_starts_on, a1_0.number, a1_0.paper_received_at, a1_0.paper_received_by,
			       a1_0.work_started_on, a1_0.current_specialty, a1_0.administrative_post, a1_0.title_name,
			       a1_0.title_level, a1_0.title_obtained_by, a1_0.title_obtained_on,
			       a1_0.title_evaluation_year, a1_0.title_certificate_no, a1_0.title_authority,
			       a1_0.reissue_certificate_no, a1_0.reissue_details, a1_0.reissue_reason,
			       a1_0.returned_snapshot, a1_0.review_year, a1_0.snapshot, a1_0.status,
			       a1_0.status_changed_at, a1_0.submitted_at, a1_0.type, a1_0.unit_id, a1_0.updated_at,
			       a1_0.version, a1_0.work_summary
			from application a1_0 where a1_0.id = ? and a1_0.applicant_id = ?""";

	private final ApplicationQueries queries;

	private final ReturnReasons reasons;

	private final ApplicationPolicy policy;

	private final JdbcClient jdbc;

	ApplicantPagesBaseline(ApplicationQueries queries, ReturnReasons reasons, ApplicationPolicy policy,
			JdbcClient jdbc) {
		this.queries = queries;
		this.reasons = reasons;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	@GetMapping(value = "/bench/baseline/applications", produces = MediaType.TEXT_PLAIN_VALUE)
	String list(@RequestParam long applicant) {
		List<ApplicationSummary> mine = queries.mine(applicant, policy.listLimit());
		StringBuilder body = new StringBuilder();
		mine.forEach(row -> body.append(row.id()).append(' ').append(row.number()).append(' ')
			.append(row.status()).append('\n'));
		return body.toString();
	}

	@GetMapping(value = "/bench/baseline/applications/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
	String tracking(@PathVariable long id, @RequestParam long applicant) {
		Map<String, Object> app = jdbc.sql(LOAD).params(id, applicant).query().singleRow();
		List<TimelineStep> timeline = reasons.history(id);
		int returned = ReturnReasons.latestOf(timeline).size();
		int history = timeline.size();
		return app.get("number") + " " + app.get("status") + " history " + history + " reasons " + returned
				+ "\n";
	}

}

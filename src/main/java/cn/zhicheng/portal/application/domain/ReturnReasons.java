package cn.zhicheng.portal.application.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.HistoryEntry;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.WorkflowAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline of a file with each return's structured reasons under it, so the applicant sees exactly what to fix
 * and where, and every reviewer sees why it came back (issue #6 part 5). Callers have checked access to the file.
 */
@Component
public class ReturnReasons {

	private final JdbcClient jdbc;

	ReturnReasons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TimelineStep> history(long applicationId) {
		Map<Long, List<SectionReason>> reasons = new LinkedHashMap<>();
		jdbc.sql("select history_id, section, text from return_reason where application_id = :id order by id")
			.param("id", applicationId)
			.query(rs -> {
				reasons.computeIfAbsent(rs.getLong("history_id"), k -> new ArrayList<>())
					.add(new SectionReason(FilingStep.valueOf(rs.getString("section")), rs.getString("text")));
			});
		return jdbc.sql("""
				select h.id, h.action, coalesce(ua.display_name, '') as actor_name, h.actor_role, h.from_status,
				       h.to_status, h.reason, h.happened_at
				from application_history h left join user_account ua on ua.id = h.actor_id
				where h.application_id = :id order by h.id""")
			.param("id", applicationId)
			.query((rs, n) -> new TimelineStep(new HistoryEntry(WorkflowAction.valueOf(rs.getString("action")),
					rs.getString("actor_name"), Party.valueOf(rs.getString("actor_role")),
					ApplicationStatus.valueOf(rs.getString("from_status")),
					ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
					rs.getTimestamp("happened_at").toInstant()), reasons.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** The reasons of the latest return in a timeline, or none when the file was never returned. */
	static List<SectionReason> latestOf(List<TimelineStep> steps) {
		for (TimelineStep step : steps.reversed()) {
			if (step.entry().action() == WorkflowAction.RETURN_TO_APPLICANT) {
				return step.reasons();
			}
		}
		return List.of();
	}

	public record TimelineStep(HistoryEntry entry, List<SectionReason> reasons) {
	}

	public record SectionReason(FilingStep section, String text) {
	}

}

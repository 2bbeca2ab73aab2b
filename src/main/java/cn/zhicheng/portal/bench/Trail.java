package cn.zhicheng.portal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.SplittableRandom;

import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.WorkflowAction;
import org.jspecify.annotations.Nullable;

/**
 * What each transition left behind: its application_history row (append-only, V15), the reasons of a return (V17)
 * and the objection that held a file in its notice (V18), open or resolved. History ids are counted the same way by
 * every pass, so a return reason names its history row without reading it back.
 */
final class Trail {

	private final World world;

	private final long historyBase;

	Trail(World world, long historyBase) {
		this.world = world;
		this.historyBase = historyBase;
	}

	/** Writes files {@code from}–{@code to}; {@code firstHistory} is the offset of the first history id. */
	long history(Connection connection, long from, long to, long firstHistory) throws SQLException {
		long next = firstHistory;
		try (CopyStream copy = new CopyStream(connection, "application_history", "id, application_id, action, "
				+ "actor_id, actor_role, from_status, to_status, reason, happened_at")) {
			for (long i = from; i < to; i++) {
				FilePlan plan = FilePlan.of(world, i);
				for (int s = 0; s < plan.steps().size(); s++) {
					Step step = plan.steps().get(s);
					copy.add(historyBase + 1 + next++).add(world.applicationId(i)).add(step.action().name())
						.add(actor(plan, step.party())).add(step.party().name()).add(step.from().name())
						.add(step.to().name()).add(step.needsReason() ? reason(step.action()) : null)
						.add(plan.at()[s]);
					copy.end();
				}
			}
		}
		return next;
	}

	/** Return reasons and objections of files {@code from}–{@code to}, history ids counted from {@code firstHistory}. */
	long reasonsAndObjections(Connection connection, long from, long to, long firstHistory) throws SQLException {
		long next = firstHistory;
		try (CopyStream reasons = new CopyStream(connection, "return_reason",
				"application_id, history_id, section, text")) {
			for (long i = from; i < to; i++) {
				FilePlan plan = FilePlan.of(world, i);
				for (Step step : plan.steps()) {
					long id = historyBase + 1 + next++;
					if (step.action() == WorkflowAction.RETURN_TO_APPLICANT) {
						reasons.add(world.applicationId(i)).add(id).add("ACHIEVEMENTS")
							.add("业绩成果证明材料不清晰，请重新上传盖章件。");
						reasons.end();
					}
				}
			}
		}
		try (CopyStream objections = new CopyStream(connection, "objection", "application_id, lodged_at, text, "
				+ "text_hash, client_hash, status, resolution, resolved_by, resolved_at")) {
			for (long i = from; i < to; i++) {
				FilePlan plan = FilePlan.of(world, i);
				for (int s = 0; s < plan.steps().size(); s++) {
					if (plan.steps().get(s).action() != WorkflowAction.HOLD_FOR_OBJECTION) {
						continue;
					}
					boolean resolved = s + 1 < plan.steps().size();
					SplittableRandom random = world.random(12, i);
					objections.add(world.applicationId(i)).add(plan.at()[s])
						.add("反映申报人业绩材料与实际工作不符，请核实。").add(hex(random)).add(hex(random))
						.add(resolved ? "RESOLVED" : "OPEN").add(resolved ? "经核实，申报材料属实，异议不成立。" : null)
						.add(resolved ? world.unitOfficerId(plan.unit()) : null)
						.add(resolved ? plan.at()[s + 1] : null);
					objections.end();
				}
			}
		}
		return next;
	}

	private @Nullable Long actor(FilePlan plan, Party party) {
		return switch (party) {
			case APPLICANT -> world.personId(plan.person());
			case UNIT_HR -> world.unitOfficerId(plan.unit());
			case COUNTY_REVIEWER -> world.countyReviewerId(plan.place().county());
			case CITY_REVIEWER -> world.cityReviewerId(plan.place().city());
			case PUBLIC, SYSTEM -> null;
		};
	}

	private static String reason(WorkflowAction action) {
		return switch (action) {
			case RETURN_TO_APPLICANT -> "材料需补正";
			case HOLD_FOR_OBJECTION -> "公示期间收到异议";
			case RESOLVE_OBJECTION -> "异议经核实不成立";
			default -> "不符合申报条件";
		};
	}

	static String hex(SplittableRandom random) {
		HexFormat hex = HexFormat.of();
		return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong())
				+ hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
	}

}

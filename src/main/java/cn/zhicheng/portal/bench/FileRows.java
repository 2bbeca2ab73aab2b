package cn.zhicheng.portal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;

/**
 * The application rows themselves, as the portal leaves them: the answers, the jurisdiction copied at submission
 * (V17: applicant name, county, city, committee deadline), the status and its times, the 评前公示 dates and the
 * amendment deadline of a return. No snapshot: a file without one is assembled live (ApplicationService.file).
 */
final class FileRows {

	static final String SUBMITTED_STEPS = "UNIT,PERSONAL,EDUCATION,TRAINING,BEFORE,ACHIEVEMENTS,APPRAISAL,DECLARATION,"
			+ "REVIEW_FORM,SUBMIT";

	private final World world;

	FileRows(World world) {
		this.world = world;
	}

	long write(Connection connection, long from, long to) throws SQLException {
		try (CopyStream copy = new CopyStream(connection, "application", "id, number, applicant_id, type, "
				+ "review_year, status, unit_id, work_started_on, current_specialty, work_summary, series_id, "
				+ "specialty_id, target_level, committee_id, route, completed_steps, submitted_at, status_changed_at, "
				+ "created_at, updated_at, version, applicant_name, county_id, city_id, committee_deadline, "
				+ "notice_starts_on, notice_ends_on, amendment_due_on, reissue_certificate_no, reissue_reason, "
				+ "title_name, title_level, title_obtained_by, title_obtained_on, title_evaluation_year, "
				+ "title_certificate_no, title_authority")) {
			for (long i = from; i < to; i++) {
				row(copy, FilePlan.of(world, i));
			}
			return copy.rows();
		}
	}

	private void row(CopyStream copy, FilePlan plan) throws SQLException {
		boolean reissue = plan.type() == ApplicationType.CERTIFICATE_REISSUE;
		boolean evaluation = plan.type() == ApplicationType.EVALUATION;
		boolean submitted = plan.submitted();
		LocalDate noticeStarts = plan.noticeStartsOn();
		World.Specialty specialty = plan.specialty();
		copy.add(world.applicationId(plan.index())).add(number(plan)).add(world.personId(plan.person()))
			.add(plan.type().name()).add(plan.year()).add(plan.status().name()).add(world.unitId(plan.unit()))
			.add(LocalDate.of(1990 + plan.person() % 25, 7, 1)).add(specialty == null ? null : specialty.name())
			.add(submitted && !reissue ? "从事" + world.fields.get(plan.field()) + "专业技术工作，主持和参与多个项目。" : null)
			.add(reissue ? null : world.seriesId).add(specialty == null ? null : specialty.id())
			.add(plan.level())
			.add(evaluation ? world.committeeId(plan.place().city(), plan.field(), plan.tier()) : null)
			.add("NORMAL")
			.add(submitted ? (reissue ? "UNIT,PERSONAL,REISSUE,SUBMIT" : SUBMITTED_STEPS) : "UNIT,PERSONAL")
			.add(plan.submittedAt()).add(plan.statusChangedAt()).add(plan.created()).add(plan.statusChangedAt())
			.add(plan.steps().size());
		if (submitted) {
			copy.add(People.of(world, plan.person()).name()).add(plan.place().countyId())
				.add(world.cityIds.get(plan.place().city()))
				.add(evaluation ? Timeline.closes(plan.year()) : null);
		}
		else {
			copy.none().none().none().none();
		}
		copy.add(noticeStarts).add(noticeStarts == null ? null : noticeStarts.plusDays(Timeline.NOTICE_DAYS - 1))
			.add(plan.status() == ApplicationStatus.RETURNED
					? Timeline.day(plan.statusChangedAt()).plusDays(14) : null)
			.add(reissue ? "粤职证" + (plan.year() - 3) + "%06d".formatted(plan.person()) : null)
			.add(reissue ? "LOST" : null);
		currentTitle(copy, plan, reissue);
		copy.end();
	}

	/**
	 * 现职称 (DOMAIN.md §6.3 一): the level below the one applied for, obtained four years earlier; a 员级 applicant
	 * holds a 技术员 title by recognition. The review pages show it for every file that has the personal step.
	 */
	private void currentTitle(CopyStream copy, FilePlan plan, boolean reissue) throws SQLException {
		if (reissue || plan.level() == null) {
			copy.none().none().none().none().none().none().none();
			return;
		}
		boolean staff = "STAFF".equals(plan.level()) || "ASSISTANT".equals(plan.level());
		int obtained = plan.year() - 4;
		copy.add(staff ? "技术员" : "助理工程师").add(staff ? "STAFF" : "ASSISTANT")
			.add(staff ? "RECOGNITION" : "EVALUATION").add(LocalDate.of(obtained + 1, 6, 30)).add(obtained)
			.add("粤职证%d%06d".formatted(obtained, plan.person())).add(world.cityNames.get(plan.place().city())
					+ "人力资源和社会保障局");
	}

	/** As ApplicationPolicy numbers them: the prefix, the 评审年度 and a serial of at least six digits. */
	String number(FilePlan plan) {
		return "SB%d%06d".formatted(plan.year(), world.numberBase + 1 + plan.index());
	}

}

package cn.zhicheng.portal.application.domain;

import java.util.List;

import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.HistoryEntry;
import cn.zhicheng.portal.application.domain.ReturnReasons.SectionReason;
import cn.zhicheng.portal.application.domain.ReturnReasons.TimelineStep;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant's 业务办理跟踪 page shows, read in one transaction: the file (only the applicant's own, in SQL)
 * and its timeline with each return's reasons. The page used to load the file twice and read the timeline twice, in
 * three transactions (#9: a fifth of its time).
 */
@Component
public class ApplicantTracking {

	private final ApplicationRepository applications;

	private final ReturnReasons reasons;

	ApplicantTracking(ApplicationRepository applications, ReturnReasons reasons) {
		this.applications = applications;
		this.reasons = reasons;
	}

	@Transactional(readOnly = true)
	public Tracked tracked(long applicantId, long id) {
		Application app = applications.findByIdAndApplicantId(id, applicantId)
			.orElseThrow(() -> new ApplicationNotFoundException(id));
		return new Tracked(app, reasons.history(id));
	}

	public record Tracked(Application app, List<TimelineStep> timeline) {

		public List<HistoryEntry> history() {
			return timeline.stream().map(TimelineStep::entry).toList();
		}

		/** The reasons of the latest return, or none when the file was never returned. */
		public List<SectionReason> latestReasons() {
			return ReturnReasons.latestOf(timeline);
		}

	}

}

package cn.zhicheng.portal.application.export;

import cn.zhicheng.portal.account.PortalUser;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every "export in the background" button does: queue the task and show 我的导出 with the new job marked, or the
 * reason it could not start (too many under way).
 */
@Component
public class ExportStarts {

	/** The flash attribute holding the message key of a refusal. */
	static final String REFUSAL = "exportRefusal";

	private final ExportJobs jobs;

	ExportStarts(ExportJobs jobs) {
		this.jobs = jobs;
	}

	/** Starts the task and returns the redirect to the caller's exports page. */
	public String start(PortalUser user, ExportTask task, RedirectAttributes flash) {
		String page = user.role().homePath() + "/exports";
		try {
			return "redirect:" + page + "?started=" + jobs.start(user, task);
		}
		catch (ExportRefusedException refused) {
			flash.addFlashAttribute(REFUSAL, refused.messageKey());
			return "redirect:" + page;
		}
	}

}

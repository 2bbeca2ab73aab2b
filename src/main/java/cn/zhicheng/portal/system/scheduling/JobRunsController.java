package cn.zhicheng.portal.system.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 定时任务运行记录: which instance ran each scheduled job's run, when, and whether it failed (issue #11), for
 * administrators (the security chain keeps /admin/** to them). Newest first, a page at a time.
 */
@Controller
class JobRunsController {

	static final String VIEW = "admin/jobs";

	static final int PAGE_SIZE = 30;

	private final JobRuns runs;

	JobRunsController(JobRuns runs) {
		this.runs = runs;
	}

	/** {@code before}: the start (epoch milliseconds) of the oldest run on the page before, for the next one. */
	@GetMapping("/admin/jobs")
	String runs(@RequestParam(required = false) @Nullable Long before, Model model) {
		List<JobRuns.Run> page = runs.recent(before == null ? null : Instant.ofEpochMilli(before), PAGE_SIZE + 1);
		ZoneId zone = runs.zone();
		model.addAttribute("rows", page.stream().limit(PAGE_SIZE).map(run -> new Row(run, zone)).toList());
		model.addAttribute("nextBefore",
				page.size() > PAGE_SIZE ? page.get(PAGE_SIZE - 1).startedAt().toEpochMilli() : null);
		model.addAttribute("older", before != null);
		return VIEW;
	}

	/** A run with its times in the portal's zone: administrators read 北京时间, whatever the server's zone. */
	record Row(JobRuns.Run run, LocalDateTime slot, LocalDateTime started, @Nullable LocalDateTime finished) {

		Row(JobRuns.Run run, ZoneId zone) {
			this(run, LocalDateTime.ofInstant(run.slot(), zone), LocalDateTime.ofInstant(run.startedAt(), zone),
					run.finishedAt() == null ? null : LocalDateTime.ofInstant(run.finishedAt(), zone));
		}

	}

}

package cn.zhicheng.portal.application.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 评审结果公示, open to everyone: the 评后公示 running now or ended lately, each with its passed candidates, and one
 * session's full list. Nothing here needs a login (the security chain leaves /results/** public).
 */
@Controller
@RequestMapping("/results")
class PublicResultsController {

	static final String LIST = "committee/results";

	static final String DETAIL = "committee/result";

	static final int NOTICES_PER_PAGE = 10;

	static final int CANDIDATES_ON_LIST = 20;

	static final int CANDIDATES_PER_PAGE = 50;

	private final PublicResults results;

	private final Clock clock;

	PublicResultsController(PublicResults results, Clock clock) {
		this.results = results;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate ends,
			@RequestParam(required = false) @Nullable Long before, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<ResultNotice> rows = results.shown(today, ends, before, NOTICES_PER_PAGE + 1);
		boolean more = rows.size() > NOTICES_PER_PAGE;
		List<ResultNotice> notices = more ? rows.subList(0, NOTICES_PER_PAGE) : rows;
		Map<Long, List<PassedCandidate>> candidates = results
			.firstPassed(notices.stream().map(ResultNotice::id).toList(), CANDIDATES_ON_LIST)
			.stream()
			.collect(Collectors.groupingBy(PassedCandidate::sessionId));
		model.addAttribute("notices", notices);
		model.addAttribute("candidates", candidates);
		model.addAttribute("shownOnList", CANDIDATES_ON_LIST);
		model.addAttribute("next", more ? notices.getLast() : null);
		model.addAttribute("today", today);
		return LIST;
	}

	@GetMapping("/{sessionId}")
	String detail(@PathVariable long sessionId, @RequestParam(defaultValue = "0") long after, Model model) {
		LocalDate today = LocalDate.now(clock);
		ResultNotice notice = results.shown(today, sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
		List<PassedCandidate> rows = results.passed(sessionId, after, CANDIDATES_PER_PAGE + 1);
		boolean more = rows.size() > CANDIDATES_PER_PAGE;
		List<PassedCandidate> candidates = more ? rows.subList(0, CANDIDATES_PER_PAGE) : rows;
		model.addAttribute("notice", notice);
		model.addAttribute("candidates", candidates);
		model.addAttribute("next", more ? candidates.getLast().key() : null);
		model.addAttribute("today", today);
		return DETAIL;
	}

}

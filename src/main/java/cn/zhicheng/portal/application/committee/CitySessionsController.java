package cn.zhicheng.portal.application.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.ReviewYears;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评审会议 for the committee office: the city's sessions and recording a new one (quorum checked). */
@Controller
@RequestMapping("/city/committee-sessions")
class CitySessionsController {

	static final String LIST = "committee/sessions";

	static final String NEW = "committee/session-new";

	static final int PAGE_SIZE = 20;

	private final CommitteeSessions sessions;

	private final CommitteePolicy policy;

	private final Clock clock;

	CitySessionsController(CommitteeSessions sessions, CommitteePolicy policy, Clock clock) {
		this.sessions = sessions;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser reviewer, @RequestParam(required = false) @Nullable Long before,
			Model model) {
		List<SessionSummary> rows = sessions.list(reviewer, before, PAGE_SIZE + 1);
		boolean more = rows.size() > PAGE_SIZE;
		List<SessionSummary> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		model.addAttribute("sessions", page);
		model.addAttribute("next", more ? page.getLast().id() : null);
		model.addAttribute("first", before == null);
		return LIST;
	}

	@GetMapping("/new")
	String newSession(@AuthenticationPrincipal PortalUser reviewer, Model model) {
		SessionForm form = new SessionForm();
		LocalDate today = LocalDate.now(clock);
		form.setReviewYear(ReviewYears.current(today));
		form.setHeldOn(today);
		List<CommitteeView> committees = sessions.committees(reviewer);
		if (committees.size() == 1) {
			form.setCommitteeId(committees.getFirst().id());
		}
		return newPage(reviewer, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser reviewer, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				long id = sessions.create(reviewer, form.toCommand());
				redirect.addFlashAttribute("doneKey", "committee.session.created");
				return "redirect:/city/committee-sessions/" + id;
			}
			catch (CommitteeRefusedException refused) {
				String field = "committee.refused.committee".equals(refused.messageKey()) ? "committeeId"
						: "membersPresent";
				errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return newPage(reviewer, form, model);
	}

	private String newPage(PortalUser reviewer, SessionForm form, Model model) {
		model.addAttribute("sessionForm", form);
		model.addAttribute("committees", sessions.committees(reviewer));
		model.addAttribute("quorum", policy.quorum().toString());
		return NEW;
	}

}

package cn.zhicheng.portal.application.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One session's page for the committee office: the files waiting for its vote with a vote form each, the votes
 * recorded, and publishing the results (评后公示). A vote form that fails keeps what was typed, beside its fields.
 */
@Controller
@RequestMapping("/city/committee-sessions/{id}")
class CitySessionController {

	static final String PAGE = "committee/session";

	static final int PENDING_SHOWN = 200;

	private final CommitteeSessions sessions;

	private final CommitteeVotes votes;

	private final CommitteePolicy policy;

	private final MessageSource messages;

	private final Clock clock;

	CitySessionController(CommitteeSessions sessions, CommitteeVotes votes, CommitteePolicy policy,
			MessageSource messages, Clock clock) {
		this.sessions = sessions;
		this.votes = votes;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long id, Model model) {
		return render(reviewer, id, null, Map.of(), Map.of(), null, null, model);
	}

	@PostMapping("/votes")
	String vote(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long id,
			@Valid @ModelAttribute("voteForm") VoteForm form, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect) {
		String refusal = null;
		if (!errors.hasErrors()) {
			try {
				VoteOutcome outcome = votes.vote(reviewer, id, Objects.requireNonNull(form.getApplicationId()),
						form.toBallots());
				redirect.addFlashAttribute("doneKey", "committee.vote.done." + outcome.name());
				return "redirect:/city/committee-sessions/" + id;
			}
			catch (CommitteeRefusedException refused) {
				refusal = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
			}
			catch (WorkflowRefusedException refused) {
				refusal = messages.getMessage(refused.messageKey(), new Object[] { refused.argument() }, locale);
			}
		}
		Map<String, String> fieldErrors = new HashMap<>();
		Map<String, Object> typed = new HashMap<>();
		for (String field : VoteForm.COUNTS) {
			Object value = errors.getFieldValue(field);
			typed.put(field, value == null ? "" : value);
			if (errors.getFieldError(field) != null) {
				fieldErrors.put(field, messages.getMessage(Objects.requireNonNull(errors.getFieldError(field)), locale));
			}
		}
		return render(reviewer, id, form.getApplicationId(), typed, fieldErrors, refusal, null, model);
	}

	@PostMapping("/publish")
	String publish(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long id,
			@Valid @ModelAttribute("publishForm") PublishForm form, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect) {
		String refusal = errors.hasFieldErrors("startsOn")
				? messages.getMessage(Objects.requireNonNull(errors.getFieldError("startsOn")), locale) : null;
		if (refusal == null) {
			try {
				sessions.publish(reviewer, id, form.getVersion(), Objects.requireNonNull(form.getStartsOn()));
				redirect.addFlashAttribute("doneKey", "committee.publish.done");
				return "redirect:/city/committee-sessions/" + id;
			}
			catch (CommitteeRefusedException refused) {
				refusal = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
			}
		}
		Object typed = errors.getFieldValue("startsOn");
		return render(reviewer, id, null, Map.of(), Map.of(), null, new PublishState(typed, refusal), model);
	}

	/** What the publish form shows after a refusal: the date as typed and why. */
	record PublishState(@Nullable Object startsOn, String error) {
	}

	private String render(PortalUser reviewer, long id, @Nullable Long voteFor, Map<String, Object> typed,
			Map<String, String> fieldErrors, @Nullable String voteRefusal, @Nullable PublishState publish,
			Model model) {
		SessionView session = sessions.load(reviewer, id);
		model.addAttribute("sitting", session);
		List<PendingFile> pending = session.published() ? List.of() : votes.pending(reviewer, id, PENDING_SHOWN);
		model.addAttribute("pending", pending);
		// A refusal for a file no longer waiting (voted meanwhile) has no row to sit in: the page shows it on top.
		model.addAttribute("refusalOnTop",
				voteRefusal != null && pending.stream().noneMatch(file -> Objects.equals(file.id(), voteFor)));
		model.addAttribute("votes", votes.votes(reviewer, id));
		model.addAttribute("votesToPass", policy.votesToPass(session.membersPresent()));
		model.addAttribute("passRatio", policy.passRatio().toString());
		model.addAttribute("countFields", VoteForm.COUNTS);
		model.addAttribute("voteFor", voteFor);
		model.addAttribute("voteValues", typed);
		model.addAttribute("voteErrors", fieldErrors);
		model.addAttribute("voteRefusal", voteRefusal);
		model.addAttribute("publishStartsOn",
				publish != null && publish.startsOn() != null ? publish.startsOn() : LocalDate.now(clock).toString());
		model.addAttribute("publishError", publish == null ? null : publish.error());
		model.addAttribute("today", LocalDate.now(clock));
		return PAGE;
	}

}

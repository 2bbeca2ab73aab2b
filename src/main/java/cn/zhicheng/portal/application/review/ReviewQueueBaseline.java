package cn.zhicheng.portal.application.review;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline of the reviewers' queue (issue #9): the very {@link ReviewQueries#queue} the page runs, same
 * filters and keyset, with no template, no security and no session; the reviewer's scope comes from the request
 * (the runner reads it once from {@code /bench/baseline/account}). Only in profile {@code bench}.
 */
@RestController
@Profile("bench")
class ReviewQueueBaseline {

	private final ReviewQueries queries;

	ReviewQueueBaseline(ReviewQueries queries) {
		this.queries = queries;
	}

	/** One line per row (id, number) and the key of the next page, as plain text. */
	@GetMapping(value = "/bench/baseline/queue", produces = MediaType.TEXT_PLAIN_VALUE)
	String queue(@RequestParam Role role, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long region, @ModelAttribute QueueFilter filter) {
		PortalUser reviewer = new PortalUser(0, "baseline", "", "baseline", role, unit, region, true, true);
		ReviewQueries.QueuePage page = queries.queue(reviewer, filter);
		StringBuilder body = new StringBuilder(64 * (page.rows().size() + 1));
		for (QueueRow row : page.rows()) {
			body.append(row.id()).append(' ').append(row.number()).append('\n');
		}
		return body.append("next ").append(page.next()).append('\n').toString();
	}

}

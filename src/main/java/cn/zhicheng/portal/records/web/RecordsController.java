package cn.zhicheng.portal.records.web;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.records.ArchivedRecordException;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The overview of a person's five record blocks, and deleting a record. Archived rows are listed as 已入库 without
 * actions; a crafted request to change one is refused here and by the service and the database behind it.
 */
@Controller
@RequestMapping("/applicant/records")
class RecordsController {

	private final PersonalRecords records;

	private final RecordsOverview overview;

	RecordsController(PersonalRecords records, RecordsOverview overview) {
		this.records = records;
		this.overview = overview;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal PortalUser user, Model model) {
		return overview.show(user.id(), model);
	}

	@PostMapping("/{kind}/{id}/delete")
	String delete(@AuthenticationPrincipal PortalUser user, @PathVariable String kind, @PathVariable long id,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			records.delete(user.id(), kindOf(kind), id);
		}
		catch (ArchivedRecordException archived) {
			return overview.refused(user.id(), model, response);
		}
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/applicant/records";
	}

	/** An unknown kind in the path is as absent as an unknown id. */
	static RecordKind kindOf(String slug) {
		return RecordKind.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException(RecordKind.EDUCATION, -1));
	}

}

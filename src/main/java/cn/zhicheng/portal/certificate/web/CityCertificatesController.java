package cn.zhicheng.portal.certificate.web;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.certificate.CertificateRefusedException;
import cn.zhicheng.portal.certificate.domain.CertificateService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发证 by the city bureau, for a file of its city whose result is final (the daily job issues the rest). The answer
 * appears on the file's page as the review actions' do.
 */
@Controller
class CityCertificatesController {

	private final CertificateService certificates;

	CityCertificatesController(CertificateService certificates) {
		this.certificates = certificates;
	}

	@PostMapping("/city/certificates/issue/{applicationId}")
	String issue(@AuthenticationPrincipal PortalUser user, @PathVariable long applicationId,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("doneArgument", certificates.issueFor(user, applicationId).number());
			redirect.addFlashAttribute("doneKey", "certificate.done.issued");
		}
		catch (CertificateRefusedException refused) {
			redirect.addFlashAttribute("refusedKey", refused.messageKey());
		}
		return "redirect:/city/applications/" + applicationId;
	}

}

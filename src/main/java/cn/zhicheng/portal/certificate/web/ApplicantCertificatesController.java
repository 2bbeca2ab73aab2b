package cn.zhicheng.portal.certificate.web;

import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.certificate.CertificateNotFoundException;
import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.certificate.domain.CertificatePdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 我的职称证书: the signed-in person's own certificates (scoped in SQL by holder) and their e-certificate PDFs. */
@Controller
class ApplicantCertificatesController {

	static final String VIEW = "certificate/mine";

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final Persons persons;

	private final VerifyLinks links;

	ApplicantCertificatesController(Certificates certificates, CertificatePdf pdf, Persons persons, VerifyLinks links) {
		this.certificates = certificates;
		this.pdf = pdf;
		this.persons = persons;
		this.links = links;
	}

	@GetMapping("/applicant/certificates")
	String mine(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("certificates", certificates.ofHolder(user.id()));
		return VIEW;
	}

	@GetMapping("/applicant/certificates/{id}.pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		CertificateView certificate = certificates.ofHolder(user.id(), id)
			.orElseThrow(() -> new CertificateNotFoundException(id));
		byte[] bytes = pdf.render(certificate, persons.photo(user.id()).orElse(null), links.of(certificate));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(certificate.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
	}

}

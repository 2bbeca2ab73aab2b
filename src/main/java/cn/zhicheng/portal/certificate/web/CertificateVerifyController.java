package cn.zhicheng.portal.certificate.web;

import cn.zhicheng.portal.certificate.Certificates;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page a certificate's QR code opens. The token is signed, so it cannot be altered to name another
 * certificate and needs no rate limit; an invalid one is answered without saying why.
 */
@Controller
class CertificateVerifyController {

	static final String VIEW = "certificate/verify";

	private final Certificates certificates;

	CertificateVerifyController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping(VerifyLinks.PATH)
	String verify(@RequestParam(name = "t", required = false) @Nullable String token, Model model) {
		model.addAttribute("certificate",
				token == null || token.length() > 512 ? null : certificates.verify(token).orElse(null));
		return VIEW;
	}

}

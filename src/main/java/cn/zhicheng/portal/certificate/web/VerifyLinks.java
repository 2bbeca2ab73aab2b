package cn.zhicheng.portal.certificate.web;

import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.certificate.domain.CertificateSettings;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The address a certificate's QR code opens: {@code {base-url}/certificates/verify?t={token}}. */
@Component
class VerifyLinks {

	static final String PATH = "/certificates/verify";

	private final Certificates certificates;

	private final CertificateSettings settings;

	VerifyLinks(Certificates certificates, CertificateSettings settings) {
		this.certificates = certificates;
		this.settings = settings;
	}

	/** Within a request: the configured base URL, or else the request's own. */
	String of(CertificateView certificate) {
		String base = settings.baseUrl().isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : settings.baseUrl();
		return UriComponentsBuilder.fromUriString(base.replaceAll("/+$", "") + PATH)
			.queryParam("t", certificates.token(certificate))
			.build()
			.toUriString();
	}

}

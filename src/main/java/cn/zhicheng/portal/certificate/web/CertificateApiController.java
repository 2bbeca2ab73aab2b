package cn.zhicheng.portal.certificate.web;

import java.util.Locale;

import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.certificate.domain.LookupLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificate verification for other systems (issue #7 part 2). Public and rate-limited per client like 证书查询. A
 * certificate replaced by a reissue or revoked answers {@code valid: false} with nothing else, exactly as an unknown
 * pair: the holder now has another certificate, and a caller must not learn whom a number belonged to.
 */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "certificates", description = "职称证书核验：按证书编号与持证人姓名核验证书真伪")
class CertificateApiController {

	private final Certificates certificates;

	private final LookupLimiter limiter;

	private final MessageSource messages;

	CertificateApiController(Certificates certificates, LookupLimiter limiter, MessageSource messages) {
		this.certificates = certificates;
		this.limiter = limiter;
		this.messages = messages;
	}

	@GetMapping("/verify")
	@Operation(summary = "Whether a certificate number belongs to the named holder and is valid; "
			+ "an unknown pair, a revoked or a replaced certificate answer {\"valid\": false} only")
	@ApiResponse(responseCode = "200", description = "the verification",
			content = @Content(schema = @Schema(implementation = CertificateVerification.class)))
	@ApiResponse(responseCode = "429", description = "too many verifications from this client within an hour",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> verify(@Parameter(description = "证书编号", example = "粤职证2020000001") @RequestParam String number,
			@Parameter(description = "持证人姓名", example = "李明") @RequestParam String name,
			HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					messages.getMessage("certificate.lookup.limited", null, Locale.SIMPLIFIED_CHINESE));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(problem);
		}
		if (number.length() > 40 || name.length() > 64) {
			return ResponseEntity.ok(CertificateVerification.INVALID);
		}
		return ResponseEntity.ok(certificates.findByNumber(name, number)
			.filter(c -> c.valid())
			.map(CertificateVerification::of)
			.orElse(CertificateVerification.INVALID));
	}

}

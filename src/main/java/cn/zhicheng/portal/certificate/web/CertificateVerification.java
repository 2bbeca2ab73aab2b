package cn.zhicheng.portal.certificate.web;

import java.time.LocalDate;

import cn.zhicheng.portal.certificate.CertificateView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The API's answer: every field for a valid certificate; {@code {"valid": false}} and nothing else otherwise. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "证书核验结果：有效时给出证书的公开信息；无效（编号与姓名不匹配、已撤销或已被补发证书替换）时仅 valid=false")
record CertificateVerification(@Schema(description = "证书是否有效") boolean valid,
		@Schema(description = "证书编号", example = "粤职证2020000001") @Nullable String number,
		@Schema(description = "持证人姓名", example = "李明") @Nullable String holderName,
		@Schema(description = "资格名称", example = "助理工程师") @Nullable String title,
		@Schema(description = "层级 (TitleLevel)", allowableValues = { "STAFF", "ASSISTANT", "INTERMEDIATE",
				"DEPUTY_SENIOR", "SENIOR" }) @Nullable String level,
		@Schema(description = "专业", example = "生态环境监测") @Nullable String specialty,
		@Schema(description = "发证日期", example = "2021-03-10") @Nullable LocalDate issuedOn,
		@Schema(description = "发证机关") @Nullable String issuer) {

	static final CertificateVerification INVALID = new CertificateVerification(false, null, null, null, null, null,
			null, null);

	static CertificateVerification of(CertificateView c) {
		return new CertificateVerification(true, c.number(), c.holderName(), c.titleName(), c.level(), c.specialtyName(),
				c.issuedOn(), c.issuer());
	}

}

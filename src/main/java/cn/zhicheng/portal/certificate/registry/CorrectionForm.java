package cn.zhicheng.portal.certificate.registry;

import java.text.Normalizer;
import java.time.LocalDate;

import cn.zhicheng.portal.validation.MobileNumbers;
import cn.zhicheng.portal.validation.ValidIdNumber;
import cn.zhicheng.portal.validation.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The public correction form. {@code website} is the honeypot, hidden from people and assistive technology, so only
 * a script fills it; {@code stamp} is the signed time the form was shown. The year is text, so a wrong one is kept as
 * typed and answered in Chinese rather than by a type-conversion error.
 */
public class CorrectionForm {

	@NotBlank(message = "{registry.correction.name.required}")
	@Size(max = 64, message = "{registry.correction.name.too-long}")
	private @Nullable String holderName;

	@NotBlank(message = "{registry.correction.id-number.required}")
	@ValidIdNumber
	private @Nullable String idNumber;

	private @Nullable String certificateNumber;

	private @Nullable String reviewYear;

	@NotNull(message = "{registry.correction.city.required}")
	private @Nullable Long cityId;

	@NotBlank(message = "{registry.correction.mobile.required}")
	@ValidMobile
	private @Nullable String mobile;

	@NotBlank(message = "{registry.correction.description.required}")
	private @Nullable String description;

	private @Nullable String website;

	private @Nullable String stamp;

	/** The rules that need more than an annotation: the number's characters, the year's range, the text's length. */
	void check(Errors errors, LocalDate today) {
		String number = number();
		if (number != null && (number.length() > 40 || !ImportRowCheck.NUMBER.matcher(number).matches())) {
			errors.rejectValue("certificateNumber", "registry.correction.number.format");
		}
		if (reviewYear != null && !reviewYear.isBlank() && year(today) == null) {
			errors.rejectValue("reviewYear", "registry.correction.year.range",
					new Object[] { String.valueOf(ImportRowCheck.FIRST_YEAR), String.valueOf(today.getYear()) }, null);
		}
		if (description != null && !description.isBlank()
				&& (description.strip().length() < 10 || description.strip().length() > CorrectionService.MAX_TEXT)) {
			errors.rejectValue("description", "registry.correction.description.length");
		}
	}

	SubmitCorrection toCommand(String clientAddress, LocalDate today) {
		return new SubmitCorrection(holderName == null ? "" : holderName.strip(),
				IdNumberHash.normalise(idNumber == null ? "" : idNumber), number(), year(today),
				cityId == null ? 0 : cityId, MobileNumbers.check(mobile).value(),
				description == null ? "" : description.strip(), website, stamp, clientAddress);
	}

	private @Nullable String number() {
		if (certificateNumber == null || certificateNumber.isBlank()) {
			return null;
		}
		return Normalizer.normalize(certificateNumber, Normalizer.Form.NFKC).strip();
	}

	private @Nullable Integer year(LocalDate today) {
		if (reviewYear == null || reviewYear.isBlank()) {
			return null;
		}
		try {
			int year = Integer.parseInt(Normalizer.normalize(reviewYear, Normalizer.Form.NFKC).strip());
			return year >= ImportRowCheck.FIRST_YEAR && year <= today.getYear() ? year : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	// @formatter:off
	public @Nullable String getHolderName() { return holderName; }
	public void setHolderName(@Nullable String holderName) { this.holderName = holderName; }
	public @Nullable String getIdNumber() { return idNumber; }
	public void setIdNumber(@Nullable String idNumber) { this.idNumber = idNumber; }
	public @Nullable String getCertificateNumber() { return certificateNumber; }
	public void setCertificateNumber(@Nullable String certificateNumber) { this.certificateNumber = certificateNumber; }
	public @Nullable String getReviewYear() { return reviewYear; }
	public void setReviewYear(@Nullable String reviewYear) { this.reviewYear = reviewYear; }
	public @Nullable Long getCityId() { return cityId; }
	public void setCityId(@Nullable Long cityId) { this.cityId = cityId; }
	public @Nullable String getMobile() { return mobile; }
	public void setMobile(@Nullable String mobile) { this.mobile = mobile; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable String getWebsite() { return website; }
	public void setWebsite(@Nullable String website) { this.website = website; }
	public @Nullable String getStamp() { return stamp; }
	public void setStamp(@Nullable String stamp) { this.stamp = stamp; }
	// @formatter:on

}

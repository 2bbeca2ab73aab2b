package cn.zhicheng.portal.certificate.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** 证书查询 by the holder's name and the certificate number (DOMAIN.md §5.4: free text, trimmed, length-limited). */
public class NumberLookupForm {

	@NotBlank(message = "{certificate.lookup.name.required}")
	@Size(max = 64, message = "{certificate.lookup.name.too-long}")
	private @Nullable String holderName;

	@NotBlank(message = "{certificate.lookup.number.required}")
	@Size(max = 40, message = "{certificate.lookup.number.too-long}")
	private @Nullable String number;

	public @Nullable String getHolderName() {
		return holderName;
	}

	public void setHolderName(@Nullable String holderName) {
		this.holderName = holderName;
	}

	public @Nullable String getNumber() {
		return number;
	}

	public void setNumber(@Nullable String number) {
		this.number = number;
	}

}

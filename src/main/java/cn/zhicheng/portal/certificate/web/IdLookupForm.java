package cn.zhicheng.portal.certificate.web;

import cn.zhicheng.portal.validation.ValidIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** 证书查询 by the holder's name and ID number, checked as GB 11643 before it is hashed and looked up. */
public class IdLookupForm {

	@NotBlank(message = "{certificate.lookup.name.required}")
	@Size(max = 64, message = "{certificate.lookup.name.too-long}")
	private @Nullable String idHolderName;

	@NotBlank(message = "{validation.id-number.empty}")
	@ValidIdNumber
	private @Nullable String idNumber;

	public @Nullable String getIdHolderName() {
		return idHolderName;
	}

	public void setIdHolderName(@Nullable String idHolderName) {
		this.idHolderName = idHolderName;
	}

	public @Nullable String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(@Nullable String idNumber) {
		this.idNumber = idNumber;
	}

}

package cn.zhicheng.portal.validation.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a live check: never the value itself, which may be personal data. */
record ValidationResult(@Schema(description = "whether the value is valid") boolean valid,
		@Schema(description = "what is wrong and how to fix it, or a short confirmation; in the request's language",
				example = "身份证号第18位校验码不正确，请核对后重新输入") String message) {
}

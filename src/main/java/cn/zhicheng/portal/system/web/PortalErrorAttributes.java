package cn.zhicheng.portal.system.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The JSON an API client gets for an error the portal's own handlers did not answer (a wrong method, an unsupported
 * media type, a failure) speaks the portal's language like its pages do, instead of Spring's English reason phrase.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

	/** Statuses with wording of their own; the rest read the generic text with their code. */
	private static final Set<Integer> WORDED = Set.of(403, 404, 413, 500);

	private final MessageSource messages;

	PortalErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (attributes.get("status") instanceof Integer status) {
			int code = status >= 500 ? 500 : status;
			String kind = WORDED.contains(code) ? String.valueOf(code) : "generic";
			Locale locale = LocaleContextHolder.getLocale();
			attributes.put("error", messages.getMessage("error." + kind + ".title", null, locale));
			attributes.put("message", messages.getMessage("error." + kind + ".body", new Object[] { status }, locale));
		}
		return attributes;
	}

}

package cn.zhicheng.portal.system.web;

import java.util.Locale;
import java.util.Map;

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

	private final MessageSource messages;

	PortalErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (attributes.get("status") instanceof Integer status) {
			String kind = ErrorPages.kind(status);
			Locale locale = LocaleContextHolder.getLocale();
			attributes.put("error", messages.getMessage("error." + kind + ".title", null, locale));
			attributes.put("message", messages.getMessage("error." + kind + ".body", new Object[] { status }, locale));
		}
		return attributes;
	}

}

package cn.zhicheng.portal.application.export;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The list exports' words: their own bundle i18n/export-lists (file names, sheets, column headers, outcomes) with
 * the application's messages as parent for the names the portal already has (application.status.*, title.level.*,
 * validation.gender.*). Cells and headers are always Chinese: the lists are filed with the bureaus as they are.
 */
@Component
class ListTexts {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ResourceBundleMessageSource texts;

	private final Clock clock;

	ListTexts(MessageSource messages, Clock clock) {
		this.clock = clock;
		this.texts = new ResourceBundleMessageSource();
		this.texts.setBasename("i18n/export-lists");
		this.texts.setDefaultEncoding("UTF-8");
		this.texts.setFallbackToSystemLocale(false);
		this.texts.setParentMessageSource(messages);
	}

	String text(String key, Object... args) {
		return texts.getMessage(key, args, CHINESE);
	}

	/**
	 * A file name without extension, the review year and today's date filled in: Chinese for {@code filename*}, or
	 * the English bundle's ASCII name for browsers that ignore it.
	 */
	String fileName(String key, int reviewYear, Locale locale) {
		return texts.getMessage(key, new Object[] { Integer.toString(reviewYear), LocalDate.now(clock).toString() },
				locale);
	}

	/** The portal's name of a code such as a level or status, or the code itself if it has none. */
	String named(String prefix, @Nullable String code) {
		return code == null ? "" : texts.getMessage(prefix + code, null, code, CHINESE);
	}

	static String date(@Nullable Date date) {
		return date == null ? "" : date.toLocalDate().toString();
	}

	static String cell(@Nullable String value) {
		return value == null ? "" : value;
	}

}

package cn.zhicheng.portal.content.domain;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML. Raw HTML inside the Markdown passes commonmark untouched (editors paste tables from
 * Word), so the OWASP policy is the only gate: an allow-list of formatting, links to http, https and mailto only,
 * and images only from this portal's own attachments. Everything else (script, style, event handlers, SVG,
 * iframes, forms) is dropped.
 */
final class BodyRenderer {

	private static final Pattern OWN_ATTACHMENT = Pattern.compile("/content/attachments/\\d+");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del",
				"sub", "sup", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption",
				"thead", "tbody", "tfoot", "tr", "th", "td", "span", "div")
		.allowAttributes("start").onElements("ol")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,2}")).onElements("th", "td")
		.allowElements("a")
		.allowAttributes("href").onElements("a")
		.allowAttributes("title").onElements("a", "img")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelNofollowOnLinks()
		.allowElements("img")
		.allowAttributes("src").matching(OWN_ATTACHMENT).onElements("img")
		.allowAttributes("alt").onElements("img")
		.toFactory();

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

	private BodyRenderer() {
	}

	static String render(String markdown) {
		return sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

}

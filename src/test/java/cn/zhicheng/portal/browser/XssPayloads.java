package cn.zhicheng.portal.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * Script- and template-injection payloads for {@link XssBrowserTests}. Each client-side payload, if it ever ran,
 * would call {@code xss(n)} (a hook the test installs in every document), {@code alert(n)} or set
 * {@code window.__pwned}: execution is seen directly, not inferred from the Content-Security-Policy. The server-side
 * ones (Thymeleaf/SpEL) would print 61793 ({@code 61*1013}) or set the JVM property {@code xss9} when evaluated; shown
 * as text they prove the value was neither evaluated nor mangled.
 */
final class XssPayloads {

	/** What {@code 61*1013} evaluates to: on a page it means a template expression in data was run. */
	static final String EVALUATED = "61793";

	/** The JVM property payload 9 would set if SpEL in data were ever evaluated. */
	static final String SPEL_PROPERTY = "xss9";

	static final List<String> ALL = List.of(
			"<script>xss(1)</script>",
			"<img src=x onerror=alert(2)>",
			"<svg onload=xss(3)>",
			"javascript:xss(4)",
			"\"><img src=x onerror=xss(5)>",
			"'><svg/onload=xss(6)>",
			"[[${61*1013}]]",
			"[(${61*1013})]",
			"${T(java.lang.System).setProperty('xss9','hit')}",
			"__${61*1013}__::x",
			"*{61*1013}#{app.name}@{//e.x}",
			"＜script＞xss(12)＜／script＞",
			"<iframe srcdoc=\"<script>parent.xss(13)</script>\">",
			"<div style=\"width:expression(xss(14))\">",
			"<a href=\"javascript:xss(15)\">x</a>",
			"<details open ontoggle=xss(16)>",
			"</textarea><script>xss(17)</script>",
			"</title><script>xss(18)</script>",
			"<input autofocus onfocus=xss(19)>",
			"\\u003cscript\\u003exss(20)\\u003c/script\\u003e",
			"';xss(21);//",
			"\";xss(22);//",
			"<noscript><p title=\"</noscript><img src=x onerror=xss(23)>\">",
			"<object data=\"javascript:xss(24)\">",
			"{{constructor.constructor('xss(25)')()}}",
			"&lt;img src=x onerror=xss(26)&gt;",
			"<a href=\"&#106;avascript:xss(27)\">y</a>",
			"${T(java.lang.Runtime).getRuntime().exec('xss')}",
			"<body onload=xss(29)>",
			"<math><style><img src=x onerror=xss(30)>",
			"%3Cscript%3Exss(31)%3C/script%3E",
			"<ｓｃｒｉｐｔ>xss(32)</ｓｃｒｉｐｔ>",
			"<img src=1 onerror=\"window.__pwned=33\">",
			"<a href=\"data:text/html,<script>xss(34)</script>\">z</a>");

	private XssPayloads() {
	}

	/**
	 * As many payloads as fit in {@code max} characters, space-separated, starting at the {@code start}th (rotating), so
	 * that fields of every kind together carry every payload: a column of 500 or more takes them all.
	 */
	static String fitting(int max, int start) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < ALL.size(); i++) {
			String payload = ALL.get(Math.floorMod(start + i, ALL.size()));
			int length = value.length() + (value.isEmpty() ? 0 : 1) + payload.length();
			if (length <= max) {
				value.append(value.isEmpty() ? "" : " ").append(payload);
			}
		}
		return value.toString();
	}

	/** Which payloads a value carries. */
	static List<Integer> carried(String value) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < ALL.size(); i++) {
			if (value.contains(ALL.get(i))) {
				numbers.add(i + 1);
			}
		}
		return numbers;
	}

	/**
	 * Installed in every document (frames too) before the page's own scripts: the {@code xss} hook the payloads call,
	 * and a listener that keeps every Content-Security-Policy violation as a second signal.
	 */
	static final String HOOK = """
			(() => {
			  if (window === window.top) { window.__xssHits = []; window.__cspViolations = []; }
			  const keep = (name, item) => {
			    try { window.top[name].push(item); } catch (e) { (window[name] = window[name] || []).push(item); }
			  };
			  window.xss = n => keep('__xssHits', String(n));
			  window.addEventListener('securitypolicyviolation', e => keep('__cspViolations',
			      e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')), true);
			})();""";

	/**
	 * What a page shows after loading: payloads that ran, CSP violations, active markup that could run (event-handler
	 * attributes, inline or foreign scripts, frames, objects, javascript:/data: URLs, CSS expressions) whether or not it
	 * did, and the visible text (body, title, form values) with whitespace collapsed.
	 */
	static final String PROBE = """
			const norm = s => (s || '').replace(/\\s+/g, ' ');
			const active = [];
			const ownScript = el => el.src && new URL(el.src, location.href).origin === location.origin
			    && !el.textContent.trim();
			const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster',
			    'srcdoc', 'ping'];
			for (const el of document.querySelectorAll('*')) {
			  const tag = el.localName;
			  if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'].includes(tag)) {
			    active.push('<' + tag + '>');
			  }
			  if (tag === 'script' && !ownScript(el)) active.push('<script> ' + el.outerHTML.slice(0, 80));
			  if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) active.push('<meta refresh>');
			  if (tag === 'style' && /xss|expression|javascript/i.test(el.textContent)) active.push('<style>');
			  for (const a of el.attributes) {
			    const n = a.name.toLowerCase();
			    const v = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
			    if (n.startsWith('on')) active.push(tag + '[' + n + ']');
			    else if (urlAttributes.includes(n) && /^(javascript|vbscript|data:text)/.test(v)) {
			      active.push(tag + '[' + n + '=' + v.slice(0, 40) + ']');
			    }
			    else if (n === 'style' && /expression|javascript|xss/.test(v)) active.push(tag + '[style]');
			  }
			}
			const values = [...document.querySelectorAll('input, textarea')].map(e => e.value).join(' ');
			const navigation = performance.getEntriesByType('navigation')[0];
			return { hits: (window.__xssHits || []).map(String), csp: (window.__cspViolations || []).slice(), active,
			  pwned: String(window.__pwned || ''), title: document.title,
			  status: String(navigation && navigation.responseStatus || 0),
			  text: norm(document.title + ' ' + (document.body ? document.body.innerText : '') + ' ' + values) };""";

}

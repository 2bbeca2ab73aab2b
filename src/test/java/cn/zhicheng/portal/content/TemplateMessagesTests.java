package cn.zhicheng.portal.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the message bundles: templates hold no literal text, every key they or the code
 * name exists in Chinese and English, and the two bundles have the same keys.
 */
class TemplateMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** Attributes a user reads or hears; each must come from a th: attribute. */
	private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label", "label");

	/** Attributes whose body text Thymeleaf replaces, so any literal inside them never reaches the user. */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	// A literal ending in '-' or '.' is the start of a key a template completes ('dashboard.by-' + slug), not a key.
	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z]+(?:\\.[A-Za-z0-9\\-]*[A-Za-z0-9])+)'");

	private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9\\-]+)+)\"");

	private final Properties chinese = bundles("_zh_CN.properties");

	private final Properties english = bundles(".properties");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = element.parents().stream().anyMatch(this::replacesBody) || replacesBody(element);
				for (TextNode text : element.textNodes()) {
					if (!replaced && hasWords(text.text())) {
						literals.add(template + ": \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : READ_ATTRIBUTES) {
					if (hasWords(element.attr(attribute)) && !element.hasAttr("th:" + attribute)) {
						literals.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
	}

	@Test
	void everyKeyInTemplatesExistsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		Set<String> prefixes = keyPrefixes();
		for (Path template : templates()) {
			String text = Files.readString(template);
			Matcher matcher = STATIC_KEY.matcher(text);
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
			// Keys handed to fragments as literals, e.g. input('username', 'register.username', ...).
			Matcher literal = QUOTED_KEY.matcher(text);
			while (literal.find()) {
				if (prefixes.stream().anyMatch(literal.group(1)::startsWith)) {
					keys.add(literal.group(1));
				}
			}
		}
		assertThat(keys).as("templates name message keys").hasSizeGreaterThan(50);
		assertThat(missing(keys, chinese)).as("keys missing from messages_zh_CN.properties").isEmpty();
		assertThat(missing(keys, english)).as("keys missing from messages.properties").isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Set<String> prefixes = keyPrefixes();
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (prefixes.stream().anyMatch(key::startsWith)) {
						keys.add(key);
					}
				}
			}
		}
		assertThat(keys).contains("login.error.locked", "nav.policies");
		assertThat(missing(keys, chinese)).isEmpty();
		assertThat(missing(keys, english)).isEmpty();
	}

	@Test
	void everyDynamicallyNamedKeyExists() {
		Set<String> keys = new TreeSet<>();
		Stream.of(Role.values()).forEach(value -> keys.add("role." + value));
		Stream.of(RegionLevel.values()).forEach(value -> keys.add("region.level." + value));
		Stream.of(UnitType.values()).forEach(value -> keys.add("unit.type." + value));
		Stream.of(UnitStatus.values()).forEach(value -> keys.add("unit.status." + value));
		Stream.of(TitleLevel.values()).forEach(value -> keys.add("title.level." + value));
		Stream.of("403", "404", "413", "500", "503", "generic").forEach(kind -> {
			keys.add("error." + kind + ".title");
			keys.add("error." + kind + ".body");
		});
		assertThat(missing(keys, chinese)).isEmpty();
		assertThat(missing(keys, english)).isEmpty();
	}

	@Test
	void bothBundlesHaveTheSameKeys() {
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void theChineseBundleIsInChinese() {
		assertThat(chinese.getProperty("login.title")).isEqualTo("用户登录");
		long untranslated = chinese.stringPropertyNames().stream()
			.filter(key -> !key.startsWith("layout.language."))
			.filter(key -> chinese.getProperty(key).equals(english.getProperty(key)))
			.count();
		assertThat(untranslated).isZero();
	}

	/** The first segments of the bundles' keys ("login.", "nav.", …): a string starting so is meant as a key. */
	private Set<String> keyPrefixes() {
		Set<String> prefixes = new TreeSet<>();
		chinese.stringPropertyNames()
			.stream()
			.filter(key -> key.contains("."))
			.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
		return prefixes;
	}

	private boolean replacesBody(Element element) {
		return REPLACING.stream().anyMatch(element::hasAttr);
	}

	private static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static Set<String> missing(Set<String> keys, Properties bundle) {
		Set<String> missing = new TreeSet<>(keys);
		missing.removeIf(bundle::containsKey);
		return missing;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** Every bundle named by {@code spring.messages.basename}, merged; a key defined twice is a mistake. */
	private static Properties bundles(String suffix) {
		Properties merged = new Properties();
		for (String basename : basenames()) {
			Properties bundle = load(basename + suffix);
			bundle.stringPropertyNames().forEach(key -> {
				assertThat(merged).as("key %s defined in two bundles", key).doesNotContainKey(key);
				merged.setProperty(key, bundle.getProperty(key));
			});
		}
		return merged;
	}

	private static List<String> basenames() {
		Properties application = load("application.properties");
		return Stream.of(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = TemplateMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as("bundle %s exists", name).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}

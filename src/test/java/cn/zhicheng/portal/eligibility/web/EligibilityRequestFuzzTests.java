package cn.zhicheng.portal.eligibility.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.eligibility.ApplicationType;
import cn.zhicheng.portal.eligibility.EducationLevel;
import cn.zhicheng.portal.eligibility.EligibilityPolicy;
import cn.zhicheng.portal.eligibility.EligibilityResult;
import cn.zhicheng.portal.eligibility.Level;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Series;
import cn.zhicheng.portal.eligibility.domain.Engines;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fuzzes the eligibility request parser (issue #10): {@code POST /api/v1/eligibility} as Spring MVC reads it, with
 * Boot's JSON mapper, validator and message bundles, the controller advice and the real engine, but no database.
 * Whatever the body, the answer is a result (200) or a problem naming what is wrong (400), never a 500; an eligible
 * result has no reasons and a refused one has some. Half the inputs are raw bytes (seeded with real requests), half
 * are requests built field by field with any value, dates from year -999,999,999 to +999,999,999 included.
 */
class EligibilityRequestFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("eligibility-request");

	private static final AnnotationConfigApplicationContext boot = boot();

	private static final JsonMapper json = boot.getBean(JsonMapper.class);

	private static final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new EligibilityApiController(Engines.engine(EligibilityPolicy.defaults(),
				Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")))))
		.setControllerAdvice(new EligibilityApiAdvice(boot.getBean(MessageSource.class)))
		.setMessageConverters(new JacksonJsonHttpMessageConverter(json))
		.setValidator(boot.getBean(Validator.class))
		.build();

	@FuzzTest
	@DictionaryEntries({ "\"applicationType\"", "\"series\"", "\"targetLevel\"", "\"reviewYear\"", "\"asOf\"",
			"\"education\"", "\"level\"", "\"fullTime\"", "\"graduatedOn\"", "\"engineeringProfessionalDegree\"",
			"\"workStartedOn\"", "\"currentTitle\"", "\"obtainedBy\"", "\"obtainedOn\"", "\"evaluationYear\"",
			"\"EVALUATION\"", "\"INITIAL_RECOGNITION\"", "\"BACHELOR\"", "\"INTERMEDIATE\"", "\"2024-07-01\"",
			"\"+999999999-12-31\"", "null", "true" })
	void request(FuzzedDataProvider data) {
		runs.run(() -> {
			byte[] body = data.consumeBoolean() ? built(data) : data.consumeRemainingAsBytes();
			MockHttpServletResponse response = send(body);
			try {
				if (response.getStatus() == 200) {
					EligibilityResult result = json.readValue(response.getContentAsByteArray(), EligibilityResult.class);
					assertThat(result.route()).isNotNull();
					assertThat(result.rule()).isNotBlank();
					// Eligible exactly when nothing stands in the way.
					assertThat(result.reasons().isEmpty()).isEqualTo(result.eligible());
				}
				else {
					assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
					assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					assertThat(json.readTree(response.getContentAsByteArray()).path("detail").asString())
						.isNotBlank();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	private static MockHttpServletResponse send(byte[] body) {
		try {
			return mvc.perform(post("/api/v1/eligibility").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "zh-CN")
				.content(body)).andReturn().getResponse();
		}
		catch (Exception ex) {
			// Spring MVC hands on what no handler answered: in the portal that is a 500.
			throw new AssertionError("not answered: " + ex, ex);
		}
	}

	/** A request built field by field: each field absent, null, a valid value or one of the wrong form. */
	private static byte[] built(FuzzedDataProvider data) {
		Map<String, @Nullable Object> request = new LinkedHashMap<>();
		put(data, request, "applicationType", name(data, ApplicationType.values()));
		put(data, request, "series", name(data, Series.values()));
		put(data, request, "targetLevel", name(data, Level.values()));
		put(data, request, "reviewYear", year(data));
		put(data, request, "asOf", date(data));
		if (data.consumeBoolean()) {
			Map<String, @Nullable Object> education = new LinkedHashMap<>();
			put(data, education, "level", name(data, EducationLevel.values()));
			put(data, education, "fullTime", data.consumeBoolean());
			put(data, education, "graduatedOn", date(data));
			put(data, education, "engineeringProfessionalDegree", data.consumeBoolean());
			request.put("education", education);
		}
		put(data, request, "workStartedOn", date(data));
		if (data.consumeBoolean()) {
			Map<String, @Nullable Object> title = new LinkedHashMap<>();
			put(data, title, "level", name(data, Level.values()));
			put(data, title, "obtainedBy", name(data, ObtainedBy.values()));
			put(data, title, "obtainedOn", date(data));
			put(data, title, "evaluationYear", year(data));
			request.put("currentTitle", title);
		}
		return json.writeValueAsBytes(request);
	}

	/** Absent, null, or the value: three different things to a JSON reader. */
	private static void put(FuzzedDataProvider data, Map<String, @Nullable Object> into, String field, Object value) {
		switch (data.consumeInt(0, 5)) {
			case 0 -> {
			}
			case 1 -> into.put(field, null);
			default -> into.put(field, value);
		}
	}

	private static Object name(FuzzedDataProvider data, Enum<?>[] values) {
		int pick = data.consumeInt(0, values.length);
		return pick < values.length ? values[pick].name() : data.consumeString(12);
	}

	private static Object year(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 3)) {
			case 0 -> data.consumeInt();
			case 1 -> data.consumeString(8);
			default -> data.consumeInt(1970, 2110);
		};
	}

	private static Object date(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 3)) {
			case 0 -> LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
				.toString();
			case 1 -> data.consumeString(12);
			default -> LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1950, 1, 1).toEpochDay(),
					LocalDate.of(2100, 12, 31).toEpochDay())).toString();
		};
	}

	/** Boot's own JSON mapper, validator and message source, configured by the portal's application.properties. */
	private static AnnotationConfigApplicationContext boot() {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource("application.properties").getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		properties.stringPropertyNames()
			.stream()
			.filter(name -> name.startsWith("spring.messages.") || name.startsWith("spring.jackson."))
			.forEach(name -> TestPropertyValues.of(name + "=" + properties.getProperty(name)).applyTo(context));
		context.register(JacksonAutoConfiguration.class, MessageSourceAutoConfiguration.class,
				ValidationAutoConfiguration.class);
		context.refresh();
		return context;
	}

}

package cn.zhicheng.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 part 3: no list, filter or search the UI can issue reads a large table from end to end. A data set of
 * 200,000 applications (a fifth of the province: 20,000 persons, 4,000 units, ~900,000 history rows) is loaded into a
 * database of its own; at that size a city holds ~10,000 files and a county ~1,500, so PostgreSQL picks a sequential
 * scan over an index only where no index fits, as it would at a million. The portal runs in a context of its own
 * against that database with its DataSource wrapped ({@link CapturedSql}); {@link UiRequests} then opens every list
 * page as each role would, with every filter, search and next page, and every SELECT it ran is EXPLAINed with the same
 * parameters. A {@code Seq Scan} over a table of more than {@value #LARGE} rows, or one that filters a table of
 * more than {@value #SEARCHED}, fails the test unless listed in {@link #EXEMPT} with its reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoSequentialScanTests {

	static final int APPLICATIONS = 200_000;

	/**
	 * A table is large above this many rows in the test's data set, a fifth of the province: the applications, their
	 * history and attachments, the accounts, votes and certificates; the regions, committees, sessions and windows
	 * (well under 1,000) are not.
	 */
	static final long LARGE = 10_000;

	/**
	 * A sequential scan that filters (a search, not a join reading a table whole) fails from this size: the units
	 * (4,000 here, 20,000 in the province) must be searched by index too.
	 */
	static final long SEARCHED = 2_000;

	/**
	 * Known exceptions, each measured. Whole-table figures, where reading every row is the query's purpose: the
	 * administrator's home counts every account and unit, and the province-wide dashboard measures the time every file
	 * of a year spent in each stage from that year's whole history (~1.7 s at a million files); these need a summary
	 * kept up to date, not an index (see the issue #9 report). The county's and city's result-list exports: at this
	 * scale matching a jurisdiction's voted files of a year against all 68,000 votes costs about as much as probing
	 * them one by one, so the plan flips with ANALYZE's sample; at a million PostgreSQL probes them, measured: a county
	 * by committee_vote_application_cover_idx (V28, 9 ms), 广州 by committee_vote_session_idx.
	 */
	static final Map<String, Set<String>> EXEMPT = Map.of("/admin", Set.of("user_account", "employer_unit"),
			"/admin/dashboard", Set.of("application_history"), "/city/results/export.csv", Set.of("committee_vote"),
			"/county/results/export.csv", Set.of("committee_vote"));

	private DataSource dataSource;

	private ConfigurableApplicationContext portal;

	@BeforeAll
	void loadAndStart() {
		dataSource = BenchDatabases.fresh("bench_large");
		ProvinceDataSet.Report report = ProvinceDataSet.generate(dataSource, ProvinceDataSet.Scale.of(APPLICATIONS),
				2026, PersonalNumbers.testCipher());
		System.out.println("bench_large: " + report.counts() + " in " + report.millis() + " ms");
		portal = new SpringApplicationBuilder(PortalApplication.class)
			.properties("spring.datasource.url=" + BenchDatabases.url("bench_large"),
					"spring.datasource.username=postgres", "spring.datasource.password=", "portal.demo=false",
					"server.port=0", "spring.main.banner-mode=off", "spring.task.scheduling.enabled=false")
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource ds ? CapturedSql.wrap(ds) : bean;
				}
			}))
			.run();
	}

	@AfterAll
	void stop() {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	void everyListFilterAndSearchIsServedByAnIndex() throws Exception {
		List<String> failed = new UiRequests(portal, new JdbcTemplate(dataSource)).openEverything();
		Map<String, CapturedSql.Run> distinct = new LinkedHashMap<>();
		for (CapturedSql.Run run : CapturedSql.runs) {
			if (run.isSelect()) {
				distinct.putIfAbsent(run.sql() + run.binds().stream().map(b -> String.valueOf(b.args()[1])).toList(),
						run);
			}
		}
		Map<String, Long> sizes = sizes();
		List<String> scans = new ArrayList<>();
		Set<String> shapes = new LinkedHashSet<>();
		List<String> table = new ArrayList<>(List.of("| origin | query | plan root | indexes | large seq scans |",
				"|---|---|---|---|---|"));
		try (Connection connection = dataSource.getConnection()) {
			for (CapturedSql.Run run : distinct.values()) {
				JsonNode plan = explain(connection, run);
				Set<String> indexes = new LinkedHashSet<>();
				List<String> seq = new ArrayList<>();
				walk(plan, indexes, seq, sizes);
				String page = run.origin().replaceAll("\\?.*", "");
				boolean exempt = !seq.isEmpty() && EXEMPT.getOrDefault(page, Set.of()).containsAll(seq);
				String query = run.sql().replaceAll("\\s+", " ").strip();
				if (shapes.add(query + seq)) {
					table.add("| %s | %s | %s | %s | %s |".formatted(run.origin(),
							query.length() > 140 ? query.substring(0, 140) + "…" : query,
							plan.get("Node Type").asString(), indexes, exempt ? "exempt: " + seq : seq));
				}
				if (!seq.isEmpty() && !exempt) {
					scans.add(run.origin() + ": " + seq + " in " + query);
				}
			}
		}
		// The plans, for the report: target/no-sequential-scan.md
		Files.write(Path.of("target", "no-sequential-scan.md"), table);
		assertThat(failed).as("pages that failed").isEmpty();
		assertThat(distinct).as("statements captured").hasSizeGreaterThan(60);
		assertThat(scans).as("sequential scans of large tables").isEmpty();
	}

	private static JsonNode explain(Connection connection, CapturedSql.Run run) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement("explain (format json) " + run.sql())) {
			run.bind(statement);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return JsonMapper.shared().readTree(rs.getString(1)).get(0).get("Plan");
			}
		}
	}

	private static void walk(JsonNode node, Set<String> indexes, List<String> seq, Map<String, Long> sizes) {
		if (node.has("Index Name")) {
			indexes.add(node.get("Index Name").asString());
		}
		if ("Seq Scan".equals(node.get("Node Type").asString())) {
			String table = node.get("Relation Name").asString();
			if (sizes.getOrDefault(table, 0L) > (node.has("Filter") ? SEARCHED : LARGE)) {
				seq.add(table);
			}
		}
		if (node.has("Plans")) {
			for (JsonNode child : node.get("Plans")) {
				walk(child, indexes, seq, sizes);
			}
		}
	}

	private Map<String, Long> sizes() {
		Map<String, Long> sizes = new LinkedHashMap<>();
		new JdbcTemplate(dataSource).query("select relname, reltuples::bigint from pg_class where relkind = 'r'",
				rs -> {
					sizes.put(rs.getString(1), rs.getLong(2));
				});
		return sizes;
	}

}

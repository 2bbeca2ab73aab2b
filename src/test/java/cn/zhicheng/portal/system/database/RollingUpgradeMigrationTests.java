package cn.zhicheng.portal.system.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * During a rolling upgrade the old version keeps running against the schema the new one migrated (README, "Several
 * instances"): from V34 on, a migration only adds (expand). A statement the old version cannot live with — dropping or
 * renaming what it reads, changing a column's type, making a column it does not fill required — belongs in a later
 * release's migration, marked {@code -- contract: <why no running version uses it any more>}.
 */
class RollingUpgradeMigrationTests {

	/** The first migration written for instances that upgrade one at a time (issue #11). */
	static final int FIRST_ROLLING = 34;

	private static final Path MIGRATIONS = Paths.get("src", "main", "resources", "db", "migration");

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	private static final Pattern CONTRACT = Pattern.compile("--\\s*contract:\\s*\\S");

	/** What the previous version cannot run against, each with what it breaks. */
	private static final List<Pattern> BREAKING = List.of(
			Pattern.compile("\\bdrop\\s+(table|column|view|type|function|sequence)\\b"),
			Pattern.compile("\\brename\\b"),
			Pattern.compile("\\balter\\s+column\\s+\\w+\\s+(set\\s+data\\s+)?type\\b"),
			Pattern.compile("\\bset\\s+not\\s+null\\b"),
			Pattern.compile("\\badd\\s+(column\\s+)?(if\\s+not\\s+exists\\s+)?\\w+\\s+[^,;]*\\bnot\\s+null\\b(?![^,;]*\\bdefault\\b)"));

	@Test
	void everyMigrationSinceRollingUpgradesOnlyAddsOrSaysWhyItMayContract() throws IOException {
		List<String> breaking = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				Matcher version = VERSION.matcher(file.getFileName().toString());
				if (version.matches() && Integer.parseInt(version.group(1)) >= FIRST_ROLLING) {
					checked++;
					breaking.addAll(problems(file.getFileName().toString(),
							Files.readString(file, StandardCharsets.UTF_8)));
				}
			}
		}
		System.out.printf("rolling upgrade: %d migrations since V%d checked, %d breaking statements%n", checked,
				FIRST_ROLLING, breaking.size());
		assertThat(checked).isPositive();
		assertThat(breaking).isEmpty();
	}

	@Test
	void theCheckFindsWhatTheOldVersionCannotRunAgainst() {
		assertThat(problems("V90__x.sql", "alter table application drop column title_name;")).hasSize(1);
		assertThat(problems("V90__x.sql", "alter table unit rename column name to full_name;")).hasSize(1);
		assertThat(problems("V90__x.sql", "alter table unit alter column name type varchar(400);")).hasSize(1);
		assertThat(problems("V90__x.sql", "alter table unit alter column phone set not null;")).hasSize(1);
		assertThat(problems("V90__x.sql", "alter table unit add column level int not null;")).hasSize(1);
		assertThat(problems("V90__x.sql", "drop table job_run;")).hasSize(1);
		assertThat(problems("V90__x.sql", "alter table unit add column level int not null default 0;")).isEmpty();
		assertThat(problems("V90__x.sql", "create table t (id bigint not null primary key); create index i on t (id);"))
			.isEmpty();
		assertThat(problems("V90__x.sql", "-- contract: V89 stopped reading it; V89 is the oldest running release\n"
				+ "alter table application drop column title_name;")).isEmpty();
	}

	/** Comments are not statements: "-- a column we rename later" must not count. */
	static List<String> problems(String name, String sql) {
		if (CONTRACT.matcher(sql).find()) {
			return List.of();
		}
		String statements = sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ")
			.toLowerCase(Locale.ROOT);
		List<String> found = new ArrayList<>();
		for (Pattern pattern : BREAKING) {
			Matcher matcher = pattern.matcher(statements);
			while (matcher.find()) {
				found.add(name + ": " + matcher.group());
			}
		}
		return found;
	}

}

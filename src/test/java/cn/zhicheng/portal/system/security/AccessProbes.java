package cn.zhicheng.portal.system.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.zhicheng.portal.system.security.AccessWorld.Kind;
import cn.zhicheng.portal.system.security.AccessWorld.Thing;
import cn.zhicheng.portal.system.security.MappedEndpoints.Endpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The probes of the access matrix: for one endpoint, every caller of {@link AccessWorld} with every id its path
 * takes (objects of each side, missing ids), plainly and with the handler's parameters filled in (ids, the file's real
 * version, a date), each answer weighed against the answer to a missing id of the same caller and shape.
 */
final class AccessProbes {

	/** Sends one request as a caller key. */
	interface Sender {

		MvcTestResult send(AccessWorld world, HttpMethod method, String path, Map<String, String> params,
				String caller);

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	/** Request parameters that name files, on paths without ids (the city's 批量受理). */
	private static final Set<String> APPLICATION_PARAMS = Set.of("id", "ids", "applicationId", "applicationIds");

	private final AccessWorld world;

	private final JdbcTemplate jdbc;

	private final Sender sender;

	int sent;

	int judged;

	final List<String> leaks = new ArrayList<>();

	final Set<String> unclassified = new TreeSet<>();

	/** Answers of 5xx: not a leak, but bad input must get a clear message, never a server error. */
	final List<String> errors = new ArrayList<>();

	AccessProbes(AccessWorld world, JdbcTemplate jdbc, Sender sender) {
		this.world = world;
		this.jdbc = jdbc;
		this.sender = sender;
	}

	/** Probes one endpoint; returns how many requests it sent. */
	int probe(Endpoint endpoint, String pattern) {
		List<String> variables = new ArrayList<>();
		List<List<Value>> candidates = new ArrayList<>();
		String path = pattern;
		Matcher variable = VARIABLE.matcher(pattern);
		while (variable.find()) {
			String name = variable.group(1);
			String fixed = AccessPaths.fixedValue(pattern, name);
			if (fixed != null) {
				path = path.replace(variable.group(), fixed);
				continue;
			}
			List<Thing> things = things(pattern, name);
			if (things == null) {
				unclassified.add(endpoint + " {" + name + "}");
				return MINIMUM;
			}
			variables.add(variable.group());
			List<Value> values = new ArrayList<>();
			for (Thing thing : things) {
				values.add(new Value(thing.id(), thing, AccessPaths.kindOf(pattern, name)));
			}
			candidates.add(values);
		}
		List<List<Value>> tuples = tuples(candidates);
		HttpMethod method = HttpMethod.valueOf(endpoint.method().name());
		List<AccessPaths.Param> params = AccessPaths.params(endpoint);
		int before = sent;
		String state = method == HttpMethod.POST ? state() : null;
		for (String caller : AccessWorld.EVERYONE) {
			if (variables.isEmpty()) {
				probeWithoutIds(method, path, params, caller);
			}
			else {
				probeWithIds(method, path, variables, tuples, params, caller);
			}
		}
		if (state != null && !state.equals(state())) {
			leaks.add(endpoint + " " + pattern + ": the probes changed the objects out of reach");
		}
		return sent - before;
	}

	private static final int MINIMUM = AccessMatrixTests.MINIMUM_PROBES;

	private void probeWithIds(HttpMethod method, String path, List<String> variables, List<List<Value>> tuples,
			List<AccessPaths.Param> params, String caller) {
		for (boolean filled : new boolean[] { false, true }) {
			Map<List<Long>, Answer> answers = new HashMap<>();
			boolean ownSent = false;
			for (List<Value> tuple : tuples) {
				Reach reach = reach(tuple, caller);
				// One own object per shape is enough for the names check; a POST on one would change it.
				if (reach == Reach.IN && (method == HttpMethod.POST || ownSent)) {
					continue;
				}
				ownSent |= reach == Reach.IN;
				// Filled in, the missing ids are the reference one and a negative one.
				if (filled && reach == Reach.MISSING && !tuple.stream()
					.allMatch(value -> value.thing() != null || value.id() == AccessMatrixTests.MISSING[0]
							|| value.id() == -1L)) {
					continue;
				}
				Answer answer = ask(method, path, variables, tuple, filled, params, caller, answers);
				Answer missing = null;
				if (reach != Reach.IN) {
					// As if it did not exist: what is out of reach or missing replaced by the reference missing id.
					List<Value> nothing = tuple.stream()
						.map(value -> value.thing() != null && reaches(caller, value) ? value
								: new Value(AccessMatrixTests.MISSING[0], null, value.kind()))
						.toList();
					missing = ask(method, path, variables, nothing, filled, params, caller, answers);
				}
				check(method + " " + path + " " + ids(tuple) + (filled ? " filled" : "") + " as " + caller, answer,
						reach, missing, caller, path, true);
			}
		}
	}

	/** The answer to one tuple, sent once per caller, endpoint and shape. */
	private Answer ask(HttpMethod method, String path, List<String> variables, List<Value> tuple, boolean filled,
			List<AccessPaths.Param> params, String caller, Map<List<Long>, Answer> answers) {
		List<Long> key = tuple.stream().map(Value::id).toList();
		Answer known = answers.get(key);
		if (known != null) {
			return known;
		}
		String concrete = path;
		for (int i = 0; i < variables.size(); i++) {
			concrete = concrete.replace(variables.get(i), Long.toString(tuple.get(i).id()));
		}
		Map<String, String> values = filled ? fill(params, tuple.getFirst(), true) : Map.of();
		Answer answer = answer(sender.send(world, method, concrete, values, caller), tuple);
		sent++;
		answers.put(key, answer);
		return answer;
	}

	private static String ids(List<Value> tuple) {
		return tuple.stream()
			.map(value -> value.id() + (value.thing() == null ? "" : "(" + value.thing().label() + ")"))
			.collect(Collectors.joining(","));
	}

	private void probeWithoutIds(HttpMethod method, String path, List<AccessPaths.Param> params, String caller) {
		List<Value> values = new ArrayList<>();
		values.add(new Value(AccessMatrixTests.MISSING[0], null, Kind.APPLICATION));
		for (Thing thing : world.things.get(Kind.APPLICATION)) {
			values.add(new Value(thing.id(), thing, Kind.APPLICATION));
		}
		values.add(new Value(-1L, null, Kind.APPLICATION));
		Answer missing = null;
		Answer plain = answer(sender.send(world, method, path, Map.of(), caller), List.of());
		sent++;
		check(method + " " + path + " as " + caller, plain, Reach.IN, null, caller, path, false);
		boolean carriesFiles = params.stream().anyMatch(param -> APPLICATION_PARAMS.contains(param.name()));
		for (Value value : values) {
			Reach reach = carriesFiles ? reach(List.of(value), caller) : Reach.IN;
			if (reach == Reach.IN && method == HttpMethod.POST && carriesFiles) {
				continue;
			}
			Map<String, String> filled = new LinkedHashMap<>(fill(params, value, carriesFiles));
			// ids a form might bind though the handler names none
			filled.putIfAbsent("id", Long.toString(value.id()));
			filled.putIfAbsent("applicationId", Long.toString(value.id()));
			Answer answer = answer(sender.send(world, method, path, filled, caller), List.of(value));
			sent++;
			if (missing == null) {
				missing = answer;
			}
			check(method + " " + path + " " + filled + " as " + caller, answer, reach, missing, caller, path, false);
		}
	}

	/**
	 * A leak: a server error anywhere; for an object out of reach a 2xx (where the path names it) or any answer other
	 * than the missing id's; and on a signed-in page, the name of an applicant out of reach.
	 */
	private void check(String probe, Answer answer, Reach reach, @Nullable Answer missing, String caller, String path,
			boolean named) {
		if (answer.status() >= 500) {
			errors.add(probe + ": server error " + answer.status() + " " + answer.error());
			return;
		}
		if (reach != Reach.IN && missing != null) {
			judged++;
			if (named && reach == Reach.OUT && answer.status() >= 200 && answer.status() < 300) {
				leaks.add(probe + ": " + answer.status() + " for an object out of reach");
			}
			else if (!answer.sameAs(missing)) {
				leaks.add(probe + ": " + answer + " but a missing id gets " + missing);
			}
		}
		if (answer.body() != null && !caller.equals(AccessWorld.ADMIN) && !caller.equals(AccessWorld.ANONYMOUS)
				&& !AccessPaths.isPublic(path)) {
			for (Thing name : world.names) {
				if (!name.reach().contains(caller) && answer.body().contains(name.label())) {
					leaks.add(probe + ": the page names the applicant of file " + name.id());
				}
			}
		}
	}

	private Reach reach(List<Value> tuple, String caller) {
		Reach reach = Reach.IN;
		for (Value value : tuple) {
			if (value.thing() == null) {
				reach = reach == Reach.OUT ? Reach.OUT : Reach.MISSING;
			}
			else if (!reaches(caller, value)) {
				reach = Reach.OUT;
			}
		}
		return reach;
	}

	/** The administrator reaches everything but a public page's hidden files; everyone else, what the world says. */
	private static boolean reaches(String caller, Value value) {
		if (caller.equals(AccessWorld.ADMIN) && value.kind() != Kind.NOTICE_FILE) {
			return true;
		}
		return value.thing().reach().contains(caller);
	}

	/** Every real object of each variable with one missing id of the others, then the missing ids alone, last. */
	private static List<List<Value>> tuples(List<List<Value>> candidates) {
		List<List<Value>> tuples = new ArrayList<>();
		tuples.add(List.of());
		for (List<Value> values : candidates) {
			List<Value> options = new ArrayList<>(values);
			options.add(new Value(AccessMatrixTests.MISSING[0], null, values.isEmpty() ? null : values.getFirst().kind()));
			List<List<Value>> longer = new ArrayList<>();
			for (List<Value> tuple : tuples) {
				for (Value option : options) {
					List<Value> next = new ArrayList<>(tuple);
					next.add(option);
					longer.add(next);
				}
			}
			tuples = longer;
		}
		tuples.removeIf(tuple -> tuple.stream().allMatch(value -> value.thing() == null));
		for (int i = AccessMatrixTests.MISSING.length - 1; i >= 0; i--) {
			List<Value> nothing = new ArrayList<>();
			for (List<Value> values : candidates) {
				nothing.add(new Value(AccessMatrixTests.MISSING[i], null, null));
			}
			tuples.add(nothing);
		}
		// the reference "missing" tuple (MISSING[0]) goes first so every other answer can be weighed against it
		tuples.addFirst(tuples.removeLast());
		return tuples;
	}

	private @Nullable List<Thing> things(String pattern, String name) {
		Kind kind = AccessPaths.kindOf(pattern, name);
		if (kind != null) {
			return world.things.get(kind);
		}
		String table = AccessPaths.tableOf(pattern, name);
		if (table == null) {
			return null;
		}
		Long id = jdbc.queryForObject("select min(id) from " + table, Long.class);
		Set<String> reach = pattern.startsWith("/admin/") ? Set.of(AccessWorld.ADMIN) : AccessWorld.EVERYONE;
		return id == null ? List.of() : List.of(new Thing(table, id, reach));
	}

	/**
	 * Ids get the probed id (on a path without ids, only the parameters that name files do, the others a missing
	 * id), a version the file's real one (the dangerous case), a date and a flag a valid value.
	 */
	private Map<String, String> fill(List<AccessPaths.Param> params, Value value, boolean everyId) {
		Map<String, String> filled = new LinkedHashMap<>();
		for (AccessPaths.Param param : params) {
			String name = param.name().toLowerCase(java.util.Locale.ROOT);
			if (name.equals("version")) {
				filled.put(param.name(), version(value));
			}
			else if (name.endsWith("id") || name.endsWith("ids")) {
				boolean probed = everyId || APPLICATION_PARAMS.contains(param.name());
				filled.put(param.name(), Long.toString(probed ? value.id() : AccessMatrixTests.MISSING[0]));
			}
			else if (param.type() == LocalDate.class) {
				filled.put(param.name(), AccessPaths.DAY);
			}
			else if (param.type() == boolean.class || param.type() == Boolean.class) {
				filled.put(param.name(), "true");
			}
		}
		return filled;
	}

	private String version(Value value) {
		if (value.thing() == null || value.kind() != Kind.APPLICATION) {
			return "0";
		}
		return String.valueOf(jdbc.queryForObject("select version from application where id = ?", Long.class,
				value.id()));
	}

	/** What the probes must not touch: the world's files, their trail, its accounts and other objects. */
	private String state() {
		String files = world.files.stream().map(String::valueOf).collect(Collectors.joining(","));
		String accounts = world.accounts.stream().map(String::valueOf).collect(Collectors.joining(","));
		StringBuilder ids = new StringBuilder("0");
		for (Kind kind : new Kind[] { Kind.SESSION, Kind.CORRECTION, Kind.PENDING_UNIT, Kind.CHANGE_REQUEST,
				Kind.CERTIFICATE, Kind.EXPORT }) {
			world.things.get(kind).forEach(thing -> ids.append(',').append(thing.id()));
		}
		String sql = """
				select md5(string_agg(x, '|' order by x)) from (
				  select t::text x from application t where id in (%1$s)
				  union all select t::text from application_history t where application_id in (%1$s)
				  union all select t::text from application_attachment t where application_id in (%1$s)
				  union all select t::text from objection t where application_id in (%1$s)
				  union all select t::text from committee_vote t where application_id in (%1$s)
				  union all select t::text from certificate t where application_id in (%1$s)
				  union all select t::text from user_account t where id in (%2$s)
				  union all select t::text from education_record t where owner_id in (%2$s)
				  union all select t::text from unit_change_request t where applicant_id in (%2$s)
				  union all select t::text from committee_session t where id in (%3$s)
				  union all select t::text from certificate_correction t where id in (%3$s)
				  union all select t::text from employer_unit t where id in (%3$s)
				) rows""".formatted(files, accounts, ids);
		return jdbc.queryForObject(sql, String.class);
	}

	private Answer answer(MvcTestResult result, List<Value> tuple) {
		Throwable error = result.getUnresolvedException();
		if (error != null) {
			return new Answer(500, null, null, error.toString());
		}
		var response = result.getResponse();
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (location != null) {
			for (Value value : tuple) {
				location = location.replaceAll("(?<=[/=])" + Pattern.quote(Long.toString(value.id())) + "(?=[/?.#&]|$)",
						"{id}");
			}
			// what a request starts (an export job's number) differs from one request to the next
			location = location.replaceAll("=\\d+", "={n}");
		}
		String body = null;
		String type = response.getContentType();
		if (status >= 200 && status < 300 && type != null
				&& (type.contains("html") || type.contains("json") || type.contains("csv") || type.contains("text"))) {
			try {
				body = response.getContentAsString(StandardCharsets.UTF_8);
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return new Answer(status, location, body, error == null ? null : error.toString());
	}

	enum Reach {

		IN, OUT, MISSING

	}

	record Value(long id, @Nullable Thing thing, @Nullable Kind kind) {
	}

	record Answer(int status, @Nullable String location, @Nullable String body, @Nullable String error) {

		boolean sameAs(Answer other) {
			return status == other.status && Objects.equals(location, other.location);
		}

		@Override
		public String toString() {
			return status + (location == null ? "" : " → " + location);
		}

	}

}

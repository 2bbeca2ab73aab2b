package cn.zhicheng.portal.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

/**
 * A DataSource wrapper that records every statement the portal runs, with the calls that bound its parameters, so
 * the same statement can be EXPLAINed with the same values. Recording is on only while {@link #on} is set: start-up
 * and the test's own queries stay out of it.
 */
final class CapturedSql {

	/** One statement as run: its SQL and the setter calls that bound its parameters, in order. */
	record Run(String sql, List<Bind> binds, String origin) {

		boolean isSelect() {
			String head = sql.stripLeading().toLowerCase(Locale.ROOT);
			return head.startsWith("select") || head.startsWith("with") || head.startsWith("(select");
		}

		/** Binds the same values on a statement prepared from the EXPLAIN of this SQL. */
		void bind(PreparedStatement statement) throws ReflectiveOperationException {
			for (Bind bind : binds) {
				bind.method().invoke(statement, bind.args());
			}
		}

	}

	record Bind(Method method, Object[] args) {
	}

	static volatile boolean on;

	static volatile String origin = "";

	static final List<Run> runs = new CopyOnWriteArrayList<>();

	private CapturedSql() {
	}

	static DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
				? proxy(Connection.class, connection, CapturedSql::onConnection) : result);
	}

	private static Object onConnection(Method method, Object[] args, Object result) {
		if (result instanceof PreparedStatement statement && args != null && args.length > 0
				&& args[0] instanceof String sql) {
			List<Bind> binds = new ArrayList<>();
			return proxy(PreparedStatement.class, statement, (m, a, r) -> {
				if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
					binds.add(new Bind(m, a.clone()));
				}
				else if (m.getName().equals("clearParameters")) {
					binds.clear();
				}
				else if (m.getName().startsWith("execute") && (a == null || a.length == 0) && on) {
					runs.add(new Run(sql, List.copyOf(binds), origin));
				}
				return r;
			});
		}
		if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
			return proxy(Statement.class, statement, (m, a, r) -> {
				if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql
						&& on) {
					runs.add(new Run(sql, List.of(), origin));
				}
				return r;
			});
		}
		return result;
	}

	private interface After {

		Object apply(Method method, Object[] args, Object result) throws Exception;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				Object result = method.invoke(target, args);
				return after.apply(method, args, result);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(CapturedSql.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}

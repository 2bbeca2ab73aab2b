package cn.zhicheng.portal.account;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an applicant's files travel from a unit: the unit, then the county bureau (for a unit in a county), then the
 * city. A route is {@code reachable} only when every office on it has someone to receive files; otherwise
 * {@code problemKey} says which office is missing, so nobody files into a void (issue #3).
 */
public record FileRoute(List<Stop> stops, boolean reachable, @Nullable String problemKey, @Nullable String problemArg) {

	/** One office on the way: a message key for its kind and its name. */
	public record Stop(String kindKey, String name) {
	}

}

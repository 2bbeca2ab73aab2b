package cn.zhicheng.portal.catalog;

import java.util.List;

/**
 * Who reviews what, read from the administrator-edited rules rather than code, since the split between city and
 * province is general Guangdong practice that changes with delegation (DOMAIN.md §7.3).
 */
public interface Routing {

	/**
	 * The destination for an application of this kind and level: a rule for the exact level wins over one for every
	 * level.
	 * @throws NoRoutingRule when the kind is unknown or no rule covers the level
	 */
	Destination destinationFor(String applicationKind, TitleLevel level);

	List<RoutingRuleView> rules();

	/** No rule answers; a file must never be sent somewhere by guesswork. */
	final class NoRoutingRule extends RuntimeException {

		public NoRoutingRule(String applicationKind, TitleLevel level) {
			super("No routing rule for application kind " + applicationKind + " at level " + level);
		}

	}

}

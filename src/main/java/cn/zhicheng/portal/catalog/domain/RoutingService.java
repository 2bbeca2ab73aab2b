package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Objects;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.catalog.CatalogEntryNotFoundException;
import cn.zhicheng.portal.catalog.ApplicationKind;
import cn.zhicheng.portal.catalog.Destination;
import cn.zhicheng.portal.catalog.Routing;
import cn.zhicheng.portal.catalog.RoutingRuleView;
import cn.zhicheng.portal.catalog.TitleLevel;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers routing from the rules table and lets administrators change a rule's destination. */
@Service
@Transactional(readOnly = true)
public class RoutingService implements Routing {

	private final RoutingRuleRepository rules;

	private final AuditLog audit;

	RoutingService(RoutingRuleRepository rules, AuditLog audit) {
		this.rules = rules;
		this.audit = audit;
	}

	@Override
	public Destination destinationFor(String applicationKind, TitleLevel level) {
		ApplicationKind kind = kindNamed(applicationKind, level);
		List<RoutingRule> candidates = rules.findByApplicationKind(kind);
		return candidates.stream()
			.filter(rule -> rule.level() == level)
			.findFirst()
			.or(() -> candidates.stream().filter(rule -> rule.level() == null).findFirst())
			.map(RoutingRule::destination)
			.orElseThrow(() -> new NoRoutingRule(applicationKind, level));
	}

	@Override
	public List<RoutingRuleView> rules() {
		return rules.findAllByOrderById().stream().map(RoutingRule::toView).toList();
	}

	@Transactional
	public void changeDestination(long ruleId, long expectedVersion, Destination destination) {
		RoutingRule rule = rules.findById(ruleId)
			.orElseThrow(() -> new CatalogEntryNotFoundException("routing rule " + ruleId));
		if (rule.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Routing rule " + ruleId + " changed meanwhile");
		}
		rule.redirect(Objects.requireNonNull(destination));
		audit.record(AuditEntry.bySignedIn("ADMIN", "ROUTING_CHANGED", "ROUTING_RULE", ruleId, destination.name()));
	}

	private static ApplicationKind kindNamed(String applicationKind, TitleLevel level) {
		try {
			return ApplicationKind.valueOf(applicationKind);
		}
		catch (IllegalArgumentException ex) {
			throw new NoRoutingRule(applicationKind, level);
		}
	}

}

package cn.zhicheng.portal.catalog.domain;

import cn.zhicheng.portal.catalog.ApplicationKind;
import cn.zhicheng.portal.catalog.Destination;
import cn.zhicheng.portal.catalog.RoutingRuleView;
import cn.zhicheng.portal.catalog.TitleLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** Where applications of one kind, at one level or at every level, go. */
@Entity
class RoutingRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ApplicationKind applicationKind;

	@Enumerated(EnumType.STRING)
	private @Nullable TitleLevel level;

	@Enumerated(EnumType.STRING)
	private Destination destination;

	private @Nullable String note;

	@Version
	private long version;

	protected RoutingRule() {
	}

	RoutingRule(ApplicationKind applicationKind, @Nullable TitleLevel level, Destination destination) {
		this.applicationKind = applicationKind;
		this.level = level;
		this.destination = destination;
	}

	@Nullable TitleLevel level() {
		return level;
	}

	Destination destination() {
		return destination;
	}

	long version() {
		return version;
	}

	void redirect(Destination destination) {
		this.destination = destination;
	}

	RoutingRuleView toView() {
		return new RoutingRuleView(id, applicationKind, level, destination, note, version);
	}

}

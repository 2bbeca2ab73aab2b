package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.catalog.ApplicationKind;

import org.springframework.data.repository.Repository;

interface RoutingRuleRepository extends Repository<RoutingRule, Long> {

	List<RoutingRule> findByApplicationKind(ApplicationKind applicationKind);

	List<RoutingRule> findAllByOrderById();

	Optional<RoutingRule> findById(long id);

	RoutingRule save(RoutingRule rule);

	void delete(RoutingRule rule);

}

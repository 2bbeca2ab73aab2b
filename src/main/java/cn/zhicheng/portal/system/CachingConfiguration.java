package cn.zhicheng.portal.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Reference data every page's selects read (regions, committees, the catalog) is cached per instance (#9: on the city
 * queue a third of the database work was the selects). Caffeine's spec in {@code spring.cache.caffeine.spec} bounds
 * how long another instance's edit can go unseen; the instance that makes an edit evicts at once.
 * <p>
 * The cache advice runs outside the transaction advice, so a hit borrows no connection, and an eviction happens after
 * the edit has committed (a reader in between cannot put the old value back for long: see the spec's expiry).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class CachingConfiguration {

}

package cn.zhicheng.portal.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Reference data every page's selects read (regions, committees, the catalog) is cached per instance (#9: on the city
 * queue a third of the database work was the selects). The instance that makes an edit evicts at once and announces
 * it to the others, which clear theirs (the cluster module, issue #11); Caffeine's expiry in
 * {@code spring.cache.caffeine.spec} bounds how long a lost announcement can leave a copy stale.
 * <p>
 * The cache advice runs outside the transaction advice, so a hit borrows no connection, and an eviction happens after
 * the edit has committed (a reader in between cannot put the old value back for long: see the spec's expiry).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class CachingConfiguration {

}

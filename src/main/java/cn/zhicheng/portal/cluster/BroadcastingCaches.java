package cn.zhicheng.portal.cluster;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * Every Spring cache ({@code @Cacheable} reference data) announces its evictions to the other instances, and clears
 * itself when another instance announces one. {@code @CacheEvict} runs after the edit's transaction has committed
 * (CachingConfiguration orders the advice so), so the others never re-read the old rows.
 */
@Component
class BroadcastingCaches implements BeanPostProcessor {

	private final ObjectProvider<CacheInvalidation> invalidation;

	BroadcastingCaches(ObjectProvider<CacheInvalidation> invalidation) {
		this.invalidation = invalidation;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof CacheManager caches && !(bean instanceof Manager) ? new Manager(caches) : bean;
	}

	private final class Manager implements CacheManager {

		private final CacheManager caches;

		private final Map<String, Cache> announcing = new ConcurrentHashMap<>();

		Manager(CacheManager caches) {
			this.caches = caches;
		}

		/** Each cache wrapped once: the cache advice asks for it on every call. */
		@Override
		public @Nullable Cache getCache(String name) {
			Cache known = announcing.get(name);
			if (known != null) {
				return known;
			}
			Cache cache = caches.getCache(name);
			if (cache == null) {
				return null;
			}
			return announcing.computeIfAbsent(name, named -> {
				invalidation.getObject().onInvalidation(named, cache::clear);
				return new Announcing(cache);
			});
		}

		@Override
		public Collection<String> getCacheNames() {
			return caches.getCacheNames();
		}

	}

	/** The cache as it is, but an eviction or a clear is announced. */
	private final class Announcing implements Cache {

		private final Cache cache;

		Announcing(Cache cache) {
			this.cache = cache;
		}

		@Override
		public String getName() {
			return cache.getName();
		}

		@Override
		public Object getNativeCache() {
			return cache.getNativeCache();
		}

		@Override
		public @Nullable ValueWrapper get(Object key) {
			return cache.get(key);
		}

		@Override
		public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
			return cache.get(key, type);
		}

		@Override
		public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
			return cache.get(key, valueLoader);
		}

		@Override
		public @Nullable CompletableFuture<?> retrieve(Object key) {
			return cache.retrieve(key);
		}

		@Override
		public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
			return cache.retrieve(key, valueLoader);
		}

		@Override
		public void put(Object key, @Nullable Object value) {
			cache.put(key, value);
		}

		@Override
		public @Nullable ValueWrapper putIfAbsent(Object key, @Nullable Object value) {
			return cache.putIfAbsent(key, value);
		}

		@Override
		public void evict(Object key) {
			cache.evict(key);
			invalidation.getObject().announce(getName());
		}

		@Override
		public void clear() {
			cache.clear();
			invalidation.getObject().announce(getName());
		}

	}

}

package cn.zhicheng.portal.system.session;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables of V34), so every instance behind the load balancer serves
 * every request and an instance that stops takes no one's session with it (issue #11). Boot configures the store and
 * its cookie from {@code server.servlet.session.*}; this adds what several instances and rolling upgrades need.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration implements BeanClassLoaderAware {

	private ClassLoader classLoader = SessionStoreConfiguration.class.getClassLoader();

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Attributes another version of the portal wrote and this one cannot read are dropped instead of failing every
	 * request of that session (see {@link TolerantSessionSerialization}). Applied after Boot's own customizer.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
		return repository -> repository.setConversionService(TolerantSessionSerialization.conversionService(classLoader));
	}

	/**
	 * The security chain's registry reads the shared store: a password change or a disabled account ends the user's
	 * sessions on every instance, not only on the one that took the request.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

}

package cn.zhicheng.portal.system.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Boot's JPA transaction manager, but one that lets the real failure through when the database connection is lost
 * mid-transaction (issue #10, PostgreSQL killed under load). The statement fails with "connection terminated", the pool
 * closes that connection at once, and the rollback that follows then fails on the closed connection; Spring would
 * throw that rollback failure instead ("Application exception overridden by rollback exception"), and the request
 * would end as a 500 instead of the 503 of an unreachable database. A transaction on a lost connection is already
 * gone on the server, so there is nothing left to roll back.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		JpaTransactionManager transactionManager = new LostConnectionTolerantTransactionManager();
		customizers.ifAvailable(customizer -> customizer.customize(transactionManager));
		return transactionManager;
	}

	static class LostConnectionTolerantTransactionManager extends JpaTransactionManager {

		private static final Logger log = LoggerFactory.getLogger(LostConnectionTolerantTransactionManager.class);

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			try {
				super.doRollback(status);
			}
			catch (RuntimeException failure) {
				if (!connectionLost()) {
					throw failure;
				}
				log.debug("Rollback skipped: the connection was lost, the server has discarded the transaction");
			}
		}

		/** The transaction's JDBC connection, bound while it runs, has been closed by the pool as broken. */
		private boolean connectionLost() {
			DataSource dataSource = getDataSource();
			if (dataSource == null
					|| !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder)
					|| holder.getConnectionHandle() == null) {
				return false;
			}
			try {
				return holder.getConnection().isClosed();
			}
			catch (SQLException unreachable) {
				return true;
			}
		}

	}

}

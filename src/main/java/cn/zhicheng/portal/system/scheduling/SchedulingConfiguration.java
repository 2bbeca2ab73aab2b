package cn.zhicheng.portal.system.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs once however many instances run (issue #11), in two layers around each {@code @Scheduled}
 * method:
 * <ol>
 * <li>ShedLock (outer): a {@code @SchedulerLock} method first takes its row in the {@code shedlock} table
 * (V21__notification_outbox.sql); an instance that finds it taken skips the run, so no job ever runs on two instances
 * at the same time. Lock times come from the database's clock.</li>
 * <li>Job slots (inner, {@link JobSlotAdvisor}): a cron job then claims its slot in {@code job_run} (V34), so the
 * 08:00 run happens once even when another instance's trigger fires later, after the lock is free again.</li>
 * </ol>
 * Both sit outside any {@code @Transactional} on the job, so the claim commits whatever the job does.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = SchedulingConfiguration.LOCK_ORDER)
class SchedulingConfiguration {

	/** Outermost of the scheduling advice. */
	static final int LOCK_ORDER = Ordered.LOWEST_PRECEDENCE - 20;

	/** Inside the lock, outside the job's transaction (which is {@link Ordered#LOWEST_PRECEDENCE}). */
	static final int SLOT_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/** Static and lazy in what it needs: advisors are made before the beans they advise. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static JobSlotAdvisor jobSlotAdvisor(ObjectProvider<JobRuns> runs, Environment environment) {
		JobSlotAdvisor advisor = new JobSlotAdvisor(runs, environment);
		advisor.setOrder(SLOT_ORDER);
		return advisor;
	}

}

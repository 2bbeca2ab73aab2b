package cn.zhicheng.portal.system.scheduling;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.StringUtils;

/**
 * Around every {@code @Scheduled(cron = ...)} method: claim the cron slot the call belongs to, run only if the claim
 * is this instance's, and record how the run ended (see SchedulingConfiguration). Jobs on a fixed delay have no slot
 * (they run "every few minutes somewhere") and pass through; their lock keeps them apart.
 */
final class JobSlotAdvisor extends AbstractPointcutAdvisor {

	private static final Logger log = LoggerFactory.getLogger(JobSlotAdvisor.class);

	private final Pointcut pointcut = AnnotationMatchingPointcut.forMethodAnnotation(Scheduled.class);

	private final MethodInterceptor interceptor;

	JobSlotAdvisor(ObjectProvider<JobRuns> runs, Environment environment) {
		this.interceptor = invocation -> invoke(invocation, runs.getObject(), environment);
	}

	@Override
	public Pointcut getPointcut() {
		return pointcut;
	}

	@Override
	public Advice getAdvice() {
		return interceptor;
	}

	private static @Nullable Object invoke(MethodInvocation invocation, JobRuns runs, Environment environment)
			throws Throwable {
		Class<?> target = AopUtils.getTargetClass(invocation.getThis());
		Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), target);
		Optional<Schedule> schedule = Schedule.of(method, environment, runs.zone());
		if (schedule.isEmpty()) {
			return invocation.proceed();
		}
		String job = jobName(target, method);
		Instant slot = schedule.get().slotAt(runs.now());
		if (!runs.claim(job, slot)) {
			log.debug("Job {} for {} already claimed by another run: skipped", job, slot);
			return null;
		}
		try {
			Object result = invocation.proceed();
			runs.succeeded(job, slot);
			return result;
		}
		catch (Throwable failure) {
			runs.failed(job, slot, failure);
			throw failure;
		}
	}

	/** The ShedLock name where there is one (it names the job in both tables), else Class.method. */
	private static String jobName(Class<?> target, Method method) {
		SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
		return lock != null && StringUtils.hasText(lock.name()) ? lock.name()
				: target.getSimpleName() + "." + method.getName();
	}

	/** A method's cron schedule, its placeholders resolved as the scheduler resolves them. */
	record Schedule(CronExpression cron, ZoneId zone) {

		/** How early a trigger may fire and still count for its slot. */
		private static final Duration EARLY = Duration.ofMinutes(1);

		/** Near first, so a job every few seconds does not step through a year to find its slot. */
		private static final List<TemporalAmount> LOOK_BACK = List.of(Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofDays(1), Period.ofDays(32), Period.ofDays(367));

		static Optional<Schedule> of(Method method, Environment environment, ZoneId defaultZone) {
			Scheduled scheduled = AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class);
			if (scheduled == null || scheduled.cron().isEmpty()) {
				return Optional.empty();
			}
			String cron = environment.resolvePlaceholders(scheduled.cron());
			if (Scheduled.CRON_DISABLED.equals(cron)) {
				return Optional.empty();
			}
			String zone = environment.resolvePlaceholders(scheduled.zone());
			return Optional.of(new Schedule(CronExpression.parse(cron),
					StringUtils.hasText(zone) ? ZoneId.of(zone) : defaultZone));
		}

		/**
		 * The cron firing a run at {@code now} belongs to: the next one when {@code now} is just short of it (a trigger
		 * may fire a moment early: less than a quarter of the period, at most {@link #EARLY}), else the latest one at
		 * or before {@code now}. Every instance that fires for one slot computes the same instant from its own clock,
		 * however far that clock is from the others' (less than the cron's period).
		 */
		Instant slotAt(Instant now) {
			ZonedDateTime at = now.atZone(zone);
			ZonedDateTime previous = latestAtOrBefore(at);
			ZonedDateTime next = cron.next(at);
			if (previous != null && next != null) {
				Duration quarterPeriod = Duration.between(previous, next).dividedBy(4);
				Duration grace = quarterPeriod.compareTo(EARLY) < 0 ? quarterPeriod : EARLY;
				if (Duration.between(at, next).compareTo(grace) <= 0) {
					return next.toInstant();
				}
			}
			// A cron that fires less than once a year (a fixed date) has no slot in reach: the call is its own.
			return previous != null ? previous.toInstant() : now;
		}

		private @Nullable ZonedDateTime latestAtOrBefore(ZonedDateTime at) {
			for (TemporalAmount lookBack : LOOK_BACK) {
				ZonedDateTime fire = cron.next(at.minus(lookBack));
				if (fire != null && !fire.isAfter(at)) {
					ZonedDateTime latest = fire;
					for (ZonedDateTime next = cron.next(fire); next != null && !next.isAfter(at); next = cron.next(next)) {
						latest = next;
					}
					return latest;
				}
			}
			return null;
		}

	}

}

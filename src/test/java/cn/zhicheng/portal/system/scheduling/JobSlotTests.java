package cn.zhicheng.portal.system.scheduling;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slot a run belongs to: the latest time its cron fired, as each instance computes it from its own clock. Two
 * instances whose clocks disagree by less than the cron's period name the same slot.
 */
class JobSlotTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aDailyJobsSlotIsTodaysFiringOnceItHasFiredAndYesterdaysBefore() {
		JobSlotAdvisor.Schedule daily = schedule("nightly");
		Instant today = Instant.parse("2026-11-22T19:30:00Z");
		assertThat(daily.slotAt(Instant.parse("2026-11-22T19:30:00.020Z"))).isEqualTo(today);
		assertThat(daily.slotAt(Instant.parse("2026-11-23T02:00:00Z"))).isEqualTo(today);
		assertThat(daily.slotAt(Instant.parse("2026-11-22T19:29:59.600Z"))).as("a trigger a hair early")
			.isEqualTo(today);
		assertThat(daily.slotAt(Instant.parse("2026-11-22T19:28:50Z"))).as("over a minute early")
			.isEqualTo(Instant.parse("2026-11-21T19:30:00Z"));
	}

	@Test
	void instancesWhoseClocksDisagreeNameTheSameSlot() {
		JobSlotAdvisor.Schedule daily = schedule("nightly");
		Instant firedOnTime = Instant.parse("2026-11-22T19:30:00.005Z");
		// The other instance's clock is 3 minutes slow: its trigger fires 3 minutes later in real time, and its own
		// clock reads 03:30 then. One ahead fired 3 minutes earlier, reading 03:30 on its own clock too.
		assertThat(daily.slotAt(firedOnTime)).isEqualTo(daily.slotAt(Instant.parse("2026-11-22T19:30:00.900Z")));
		assertThat(daily.slotAt(firedOnTime)).isNotEqualTo(daily.slotAt(firedOnTime.minusSeconds(180)));
	}

	@Test
	void aFrequentJobsSlotIsItsLastFiringAndARareOnesIsFoundMonthsBack() {
		JobSlotAdvisor.Schedule everyFourSeconds = schedule("everyFourSeconds");
		assertThat(everyFourSeconds.slotAt(Instant.parse("2026-11-22T10:00:05.300Z")))
			.isEqualTo(Instant.parse("2026-11-22T10:00:04Z"));
		assertThat(everyFourSeconds.slotAt(Instant.parse("2026-11-22T10:00:07.300Z"))).as("within a quarter period")
			.isEqualTo(Instant.parse("2026-11-22T10:00:08Z"));
		assertThat(schedule("newYear").slotAt(Instant.parse("2026-11-22T10:00:00Z")))
			.isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
	}

	@Test
	void placeholdersAreResolvedAndJobsWithoutACronHaveNoSlot() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("jobs.cron", "0 15 1 * * *");
		assertThat(JobSlotAdvisor.Schedule.of(method("configured"), environment, SHANGHAI)).get()
			.satisfies(schedule -> assertThat(schedule.slotAt(Instant.parse("2026-11-22T18:00:00Z")))
				.isEqualTo(Instant.parse("2026-11-22T17:15:00Z")));
		assertThat(JobSlotAdvisor.Schedule.of(method("everyFewMinutes"), environment, SHANGHAI)).isEmpty();
		assertThat(JobSlotAdvisor.Schedule.of(method("switchedOff"), environment, SHANGHAI)).isEmpty();
	}

	private static JobSlotAdvisor.Schedule schedule(String name) {
		try {
			return JobSlotAdvisor.Schedule.of(method(name), new StandardEnvironment(), SHANGHAI).orElseThrow();
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Method method(String name) throws NoSuchMethodException {
		return Jobs.class.getDeclaredMethod(name);
	}

	static class Jobs {

		@Scheduled(cron = "0 30 3 * * *", zone = "Asia/Shanghai")
		void nightly() {
		}

		@Scheduled(cron = "*/4 * * * * *", zone = "UTC")
		void everyFourSeconds() {
		}

		@Scheduled(cron = "0 0 0 1 1 *", zone = "Asia/Shanghai")
		void newYear() {
		}

		@Scheduled(cron = "${jobs.cron}")
		void configured() {
		}

		@Scheduled(fixedDelayString = "PT5M")
		void everyFewMinutes() {
		}

		@Scheduled(cron = "-")
		void switchedOff() {
		}

	}

}

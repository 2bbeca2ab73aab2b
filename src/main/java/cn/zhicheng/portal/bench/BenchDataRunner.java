package cn.zhicheng.portal.bench;

import javax.sql.DataSource;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the {@code bench-data} profile the portal starts (Flyway migrates, the demo world loads), loads the province
 * data set, and exits with status 0: the benchmark's one command prepares its database this way. A data set already
 * there is left alone (logged), so running it twice is harmless.
 */
@Component
@Profile("bench-data")
@Order(Ordered.LOWEST_PRECEDENCE)
class BenchDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchDataRunner.class);

	private final DataSource dataSource;

	private final BenchDataSettings settings;

	private final ConfigurableApplicationContext context;

	private final PersonalDataCipher cipher;

	BenchDataRunner(DataSource dataSource, BenchDataSettings settings, ConfigurableApplicationContext context,
			PersonalDataCipher cipher) {
		this.cipher = cipher;
		this.dataSource = dataSource;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		ProvinceDataSet.Report report = ProvinceDataSet.generate(dataSource,
				ProvinceDataSet.Scale.of(settings.applications()), settings.seed(), cipher);
		if (report.alreadyPresent()) {
			log.info("bench-data: the data set is already loaded; nothing to do");
		}
		else {
			log.info("bench-data: {} applications loaded in {} s; steps (ms): {}",
					report.counts().get("application"), report.millis() / 1000, report.stepMillis());
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}

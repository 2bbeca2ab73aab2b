package cn.zhicheng.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.records.PersonalRecords;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.annotation.Primary;

/**
 * The whole portal on its embedded PostgreSQL (a fresh data directory under target/), demo world loaded, with
 * MockMvc and a {@link MutableClock}. One shared context for every class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ PortalTest.Clocks.class, PortalTest.Fixtures.class, MockMvcSessions.class })
public @interface PortalTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
		}

	}

	/** Fixtures that drive files through the real services, shared by the tests of several modules. */
	@TestConfiguration(proxyBeanMethods = false)
	class Fixtures {

		@Bean
		CommitteeFiles committeeFiles(Accounts accounts, UserDetailsService users, PersonalRecords records,
				ApplicationService applications, ReviewService reviews, JdbcTemplate jdbc, MutableClock clock) {
			return new CommitteeFiles(accounts, users, records, applications, reviews, jdbc, clock);
		}

		@Bean
		PersonalNumbers personalNumbers(JdbcTemplate jdbc, PersonalDataCipher cipher, BlindIndex index) {
			return new PersonalNumbers(jdbc, cipher, index);
		}

	}

}

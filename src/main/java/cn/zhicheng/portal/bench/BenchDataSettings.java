package cn.zhicheng.portal.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data set the {@code bench-data} profile loads ({@code portal.bench.*}).
 *
 * @param applications how many applications; persons and units follow the province's proportions
 * ({@link ProvinceDataSet.Scale#of(int)}); 1,000,000 is the province (issue #9)
 * @param seed the seed: the same seed gives the same data set
 */
@ConfigurationProperties("portal.bench")
public record BenchDataSettings(@DefaultValue("1000000") int applications, @DefaultValue("2026") long seed) {

	public BenchDataSettings {
		if (applications < 1) {
			throw new IllegalArgumentException("portal.bench.applications must be positive");
		}
	}

}

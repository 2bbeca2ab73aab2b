package cn.zhicheng.portal.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An IPv6 client is counted as its /64, so stepping through its own network does not escape a limit. */
class ClientKeysTests {

	@Test
	void anIpv6NetworkIsOneClientAndIpv4AddressesAreEachOne() {
		assertThat(ClientKeys.of("2001:db8:1:2::1")).isEqualTo(ClientKeys.of("2001:db8:1:2:ffff:ffff:ffff:fffe"))
			.isEqualTo("v6:20010db800010002::/64");
		assertThat(ClientKeys.of("2001:db8:1:3::1")).isNotEqualTo(ClientKeys.of("2001:db8:1:2::1"));
		assertThat(ClientKeys.of("0:0:0:0:0:0:0:1")).isEqualTo(ClientKeys.of("::1"));
		assertThat(ClientKeys.of("10.0.0.1")).isEqualTo("10.0.0.1").isNotEqualTo(ClientKeys.of("10.0.0.2"));
	}

}

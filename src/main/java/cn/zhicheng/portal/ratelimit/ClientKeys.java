package cn.zhicheng.portal.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a client address is counted under. An IPv4 address is one client; an IPv6 client is its /64 network,
 * because one household or one rented server gets a whole /64 and could otherwise step through 2^64 addresses to
 * escape every limit (the usual practice of rate limiters; RFC 6177 assigns a /64 or more to each site).
 */
public final class ClientKeys {

	private ClientKeys() {
	}

	public static String of(String clientAddress) {
		try {
			// Only literals reach here (the servlet's remote address): getByName does no name lookup for them.
			InetAddress address = InetAddress.getByName(clientAddress);
			if (address instanceof Inet6Address) {
				return "v6:" + HexFormat.of().formatHex(address.getAddress(), 0, 8) + "::/64";
			}
			return address.getHostAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return clientAddress;
		}
	}

}

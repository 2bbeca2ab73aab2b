package cn.zhicheng.portal.account;

import org.jspecify.annotations.Nullable;

/** An account in a list: who, what role, enabled or not; the mobile is masked already. */
public record AccountSummary(long id, String username, String displayName, Role role, boolean enabled,
		String maskedMobile, @Nullable Long unitId, @Nullable Long regionId) {
}

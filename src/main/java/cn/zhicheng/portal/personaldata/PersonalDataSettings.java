package cn.zhicheng.portal.personaldata;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the personal-data key comes from.
 *
 * @param key base64 of 32 random bytes ({@code PORTAL_PERSONAL_DATA_KEY}); required on an external database. Without
 * it the embedded default keeps a generated key in {@code personal-data.key} beside its data directory, so a
 * zero-setup start needs nothing and its data stays readable across restarts.
 */
@ConfigurationProperties("portal.personal-data")
public record PersonalDataSettings(@Nullable String key) {
}

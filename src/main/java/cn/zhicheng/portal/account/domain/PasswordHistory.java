package cn.zhicheng.portal.account.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.zhicheng.portal.account.PasswordRotation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The hashes an account's password replaced (V30), so a new password is none of the last
 * {@link PasswordRotation#history()} (the current one included). Hashes only: a password is never kept.
 */
@Component
class PasswordHistory {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final PasswordRotation rotation;

	PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder, PasswordRotation rotation) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.rotation = rotation;
	}

	/** Whether the password is the account's current one or one of those it replaced most recently. */
	boolean reused(UserAccount account, String password) {
		if (encoder.matches(password, account.passwordHash())) {
			return true;
		}
		List<String> recent = jdbc
			.sql("select password_hash from password_history where account_id = :id order by id desc limit :n")
			.param("id", account.id())
			.param("n", Math.max(rotation.history() - 1, 0))
			.query(String.class)
			.list();
		return recent.stream().anyMatch(hash -> encoder.matches(password, hash));
	}

	/** Keeps the account's current hash before it is replaced. */
	void keepCurrent(UserAccount account, Instant now) {
		jdbc.sql("insert into password_history (account_id, password_hash, replaced_at) values (:id, :hash, :at)")
			.param("id", account.id())
			.param("hash", account.passwordHash())
			.param("at", Timestamp.from(now))
			.update();
	}

}

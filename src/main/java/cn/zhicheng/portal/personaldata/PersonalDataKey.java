package cn.zhicheng.portal.personaldata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The 32-byte master key: {@code portal.personal-data.key} when set; on the embedded default without it, a key file
 * beside the data directory, generated at the first start (so {@code ./mvnw spring-boot:run} needs no setup and deleting
 * {@code ./data} resets both together); on an external database without it, no start at all.
 */
final class PersonalDataKey {

	static final int LENGTH = 32;

	static final String FILE_NAME = "personal-data.key";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKey.class);

	private PersonalDataKey() {
	}

	static byte[] resolve(PersonalDataSettings settings, Environment environment) {
		if (StringUtils.hasText(settings.key())) {
			return decode(settings.key(), "portal.personal-data.key");
		}
		// The rule of system.DatabaseMode (a data source URL means an external server), read here directly: the
		// security configuration in system depends on account, which depends on this module.
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new MissingPersonalDataKeyException("使用外部数据库时必须设置 PORTAL_PERSONAL_DATA_KEY。"
					+ " PORTAL_PERSONAL_DATA_KEY must be set when the portal uses an external database.");
		}
		if (environment.getProperty("portal.embedded-db.ephemeral", Boolean.class, false)) {
			// A throw-away cluster (tests): its data dies with it, and so may its key.
			return random();
		}
		// The same default as EmbeddedDatabaseProperties: the key lives beside the cluster it protects.
		Path dataDirectory = Path.of(environment.getProperty("portal.embedded-db.data-directory", "./data/pg"));
		Path parent = dataDirectory.toAbsolutePath().getParent();
		return fromFile(parent.resolve(FILE_NAME));
	}

	private static byte[] fromFile(Path file) {
		try {
			Files.createDirectories(file.getParent());
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException ex) {
			throw new MissingPersonalDataKeyException("无法读写密钥文件 " + file + " (" + ex.getMessage() + ")");
		}
	}

	/** Written whole to a temporary file first, so a second start never reads a half-written key. */
	private static void create(Path file) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".new",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, Base64.getEncoder().encodeToString(random()) + "\n", StandardCharsets.US_ASCII);
		try {
			Files.move(temporary, file);
			log.warn("Generated the personal-data key {}; back it up with the data directory. In production set "
					+ "PORTAL_PERSONAL_DATA_KEY instead.", file);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(temporary); // another start created it first: use that one
		}
	}

	static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MissingPersonalDataKeyException(source + " 不是 Base64 / is not base64");
		}
		if (key.length != LENGTH) {
			throw new MissingPersonalDataKeyException(
					source + " 应为 32 字节，实为 " + key.length + " 字节 / must be 32 bytes, is " + key.length);
		}
		return key;
	}

	private static byte[] random() {
		byte[] key = new byte[LENGTH];
		new SecureRandom().nextBytes(key);
		return key;
	}

}

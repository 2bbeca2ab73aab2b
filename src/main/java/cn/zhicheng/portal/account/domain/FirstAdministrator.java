package cn.zhicheng.portal.account.domain;

import java.util.Locale;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a database with no administrator, creates one from {@code PORTAL_ADMIN_USERNAME} and
 * {@code PORTAL_ADMIN_PASSWORD}, so a production start never ships a known password. Without them it only warns.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final Environment environment;

	private final MessageSource messages;

	FirstAdministrator(Accounts accounts, Environment environment, MessageSource messages) {
		this.accounts = accounts;
		this.environment = environment;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = environment.getProperty("portal.admin.username");
		String password = environment.getProperty("portal.admin.password");
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			if (!accounts.anyWithRole(Role.ADMIN)) {
				log.warn("No administrator exists: set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD to create one.");
			}
			return;
		}
		if (!accounts.anyWithRole(Role.ADMIN)
				&& accounts.createIfAbsent(new NewAccount(username, password,
						messages.getMessage("role.ADMIN", null, Locale.SIMPLIFIED_CHINESE), Role.ADMIN, null, null))) {
			log.info("Created the first administrator account '{}'.", username);
		}
	}

}

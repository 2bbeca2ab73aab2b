package cn.zhicheng.portal.account.domain;

import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.WeakPasswordException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start that would seed an account with a weak password (PORTAL_ADMIN_PASSWORD) stops with the rule, in words. */
class WeakPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WeakPasswordException cause) {
		PasswordPolicy policy = cause.policy();
		String description = "初始账户的密码不符合密码策略：至少 %d 位，且包含大写字母、小写字母、数字、符号中的至少 %d 类。%n"
			.formatted(policy.minLength(), policy.minCharacterClasses()) + cause.getMessage()
				+ ": at least %d characters from at least %d of upper case, lower case, digits and symbols."
					.formatted(policy.minLength(), policy.minCharacterClasses());
		return new FailureAnalysis(description,
				"请为 PORTAL_ADMIN_PASSWORD 设置更强的密码后重新启动。Set a stronger PORTAL_ADMIN_PASSWORD and start again.",
				cause);
	}

}

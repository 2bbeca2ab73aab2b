package cn.zhicheng.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 密码复杂度: at least {@code minLength} characters drawn from at least {@code minCharacterClasses} of upper case,
 * lower case, digits and symbols. The one place the rule lives (issue #2; 等保 2.0 三级 8.1.4.1 asks for complexity).
 */
@ConfigurationProperties("portal.security.password")
public record PasswordPolicy(@DefaultValue("8") int minLength, @DefaultValue("3") int minCharacterClasses) {

	/** BCrypt reads at most 72 bytes of a password and Spring Security refuses longer ones outright. */
	public static final int MAX_BYTES = 72;

	/**
	 * Checks a chosen password and its confirmation on a form with fields {@code password} and
	 * {@code confirmPassword}; the rejection states the policy's numbers, so the rule is said where it is broken.
	 */
	public void check(String password, String confirmPassword, Errors errors) {
		if (password.isEmpty()) {
			errors.rejectValue("password", "password.required");
		}
		else if (tooLong(password)) {
			errors.rejectValue("password", "password.too-long", new Object[] { MAX_BYTES }, null);
		}
		else if (!accepts(password)) {
			errors.rejectValue("password", "password.weak", new Object[] { minLength, minCharacterClasses }, null);
		}
		else if (!password.equals(confirmPassword)) {
			errors.rejectValue("confirmPassword", "password.mismatch");
		}
	}

	public boolean accepts(CharSequence password) {
		return password.length() >= minLength && characterClasses(password) >= minCharacterClasses
				&& !tooLong(password);
	}

	static boolean tooLong(CharSequence password) {
		return password.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	static int characterClasses(CharSequence password) {
		boolean upper = false, lower = false, digit = false, symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (!Character.isWhitespace(c)) {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

}

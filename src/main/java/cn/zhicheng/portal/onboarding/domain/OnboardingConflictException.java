package cn.zhicheng.portal.onboarding.domain;

/** Something that must be unique is taken already; the form shows it beside the field it names. */
public class OnboardingConflictException extends RuntimeException {

	private final Conflict conflict;

	OnboardingConflictException(Conflict conflict) {
		super("Taken: " + conflict);
		this.conflict = conflict;
	}

	public Conflict conflict() {
		return conflict;
	}

	public enum Conflict {

		CREDIT_CODE("creditCode", "onboarding.credit-code.taken"), USERNAME("username", "onboarding.username.taken"),
		MOBILE("mobile", "onboarding.mobile.taken");

		private final String field;

		private final String messageKey;

		Conflict(String field, String messageKey) {
			this.field = field;
			this.messageKey = messageKey;
		}

		/** The form field that holds the taken value. */
		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}

	}

}

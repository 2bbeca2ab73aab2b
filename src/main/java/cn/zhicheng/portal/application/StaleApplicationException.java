package cn.zhicheng.portal.application;

/** The page was saved from an older version: someone (the applicant in another tab) saved in between. */
public class StaleApplicationException extends RuntimeException {

	public static final String MESSAGE_KEY = "application.error.stale";

	public StaleApplicationException() {
		super("The application changed since the page was opened");
	}

}

package cn.zhicheng.portal.application;

import org.jspecify.annotations.Nullable;

/**
 * An action the workflow table, the actor's role or jurisdiction, or a rule of the stage does not allow;
 * {@code messageKey} says which and {@code argument} fills it in (e.g. the date a file may be forwarded).
 */
public class WorkflowRefusedException extends RuntimeException {

	private final String messageKey;

	private final @Nullable String argument;

	public WorkflowRefusedException(String messageKey) {
		this(messageKey, null);
	}

	public WorkflowRefusedException(String messageKey, @Nullable String argument) {
		super(messageKey);
		this.messageKey = messageKey;
		this.argument = argument;
	}

	public String messageKey() {
		return messageKey;
	}

	public @Nullable String argument() {
		return argument;
	}

}

package cn.zhicheng.portal.application;

/** An action the workflow table, the actor's role or jurisdiction does not allow; {@code messageKey} says which. */
public class WorkflowRefusedException extends RuntimeException {

	private final String messageKey;

	public WorkflowRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}

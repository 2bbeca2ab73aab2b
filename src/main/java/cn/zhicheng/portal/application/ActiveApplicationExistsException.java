package cn.zhicheng.portal.application;

/** At most one active application per person, business type and 评审年度 (issue #5 part 7). */
public class ActiveApplicationExistsException extends RuntimeException {

	private final long existingId;

	public ActiveApplicationExistsException(long existingId) {
		super("An active application of that type and year exists: " + existingId);
		this.existingId = existingId;
	}

	public long existingId() {
		return existingId;
	}

}

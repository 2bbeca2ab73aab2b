package cn.zhicheng.portal.eligibility;

/**
 * 工程系列 levels in ascending order (DOMAIN.md §1.1): 技术员, 助理工程师, 工程师, 高级工程师, 正高级工程师. Named as the
 * eligibility API names them; the order is the enum's, and applications go one step at a time.
 */
public enum Level {

	JUNIOR("技术员"), ASSISTANT("助理工程师"), INTERMEDIATE("工程师"), ASSOCIATE_SENIOR("高级工程师"), SENIOR("正高级工程师");

	private final String engineeringTitle;

	Level(String engineeringTitle) {
		this.engineeringTitle = engineeringTitle;
	}

	/** The 工程系列 title at this level, as the rules and reasons write it. */
	public String engineeringTitle() {
		return engineeringTitle;
	}

}

package cn.zhicheng.portal.records;

/** 年度考核 results: 优秀, 合格, 基本合格, 不合格. */
public enum AppraisalResult {

	EXCELLENT, PASS, BASIC_PASS, FAIL

}

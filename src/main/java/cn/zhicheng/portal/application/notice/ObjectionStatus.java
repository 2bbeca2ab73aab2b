package cn.zhicheng.portal.application.notice;

/** An objection is open until the unit records how it was resolved; an open one holds the file. */
public enum ObjectionStatus {

	OPEN, RESOLVED

}

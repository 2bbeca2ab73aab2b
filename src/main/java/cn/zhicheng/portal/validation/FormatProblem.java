package cn.zhicheng.portal.validation;

/** What is wrong with a value, named by the message key that tells the user how to fix it. */
public interface FormatProblem {

	String messageKey();

}

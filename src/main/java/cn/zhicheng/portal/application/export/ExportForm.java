package cn.zhicheng.portal.application.export;

/**
 * A form on 导出与材料包 that starts an export, contributed by the capability that writes it (the material pack lives
 * in its own package): the page puts a blank one in the model unless a refused one, with its errors, is there.
 */
public interface ExportForm {

	/** The model attribute the template binds the form to. */
	String attribute();

	/** An empty form, the review year preset. */
	Object blank(int currentYear);

}

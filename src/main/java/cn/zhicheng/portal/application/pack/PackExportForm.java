package cn.zhicheng.portal.application.pack;

import cn.zhicheng.portal.application.export.ExportForm;

import org.springframework.stereotype.Component;

/** The material pack's form on the exports page, blank with the current review year. */
@Component
class PackExportForm implements ExportForm {

	static final String ATTRIBUTE = "packForm";

	@Override
	public String attribute() {
		return ATTRIBUTE;
	}

	@Override
	public Object blank(int currentYear) {
		return PackForm.blank(currentYear);
	}

}

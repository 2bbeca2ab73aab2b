package cn.zhicheng.portal.application.export;

/** The two export formats: CSV for any tool, XLSX for Excel and WPS. */
enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return extension;
	}

	String contentType() {
		return contentType;
	}

}

package cn.zhicheng.portal.records;

/** The person already has an unarchived record of this kind for the year (继续教育 and 考核 are one a year). */
public class DuplicateYearException extends RuntimeException {

	public static final String MESSAGE_KEY = "records.error.year-taken";

	public DuplicateYearException(RecordKind kind, int year) {
		super(kind + " record for " + year + " exists");
	}

}

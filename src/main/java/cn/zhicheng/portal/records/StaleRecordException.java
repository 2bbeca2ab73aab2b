package cn.zhicheng.portal.records;

/** The record changed since the form was opened (another tab saved first). */
public class StaleRecordException extends RuntimeException {

	public static final String MESSAGE_KEY = "records.error.stale";

	public StaleRecordException(RecordKind kind, long id) {
		super(kind + " record " + id + " changed meanwhile");
	}

}

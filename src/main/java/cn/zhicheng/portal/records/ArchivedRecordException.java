package cn.zhicheng.portal.records;

/** The record is archived (已入库) and can no longer be changed or deleted. */
public class ArchivedRecordException extends RuntimeException {

	public static final String MESSAGE_KEY = "records.archived.refused";

	public ArchivedRecordException(RecordKind kind, long id) {
		super(kind + " record " + id + " is archived");
	}

}

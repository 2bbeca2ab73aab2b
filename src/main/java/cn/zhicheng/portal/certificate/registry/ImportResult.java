package cn.zhicheng.portal.certificate.registry;

import java.util.List;

/**
 * What one import did. {@code rows} counts the data rows read (blank rows are skipped); {@code imported} +
 * {@code rejected} = {@code rows}. {@code problems} lists the first bad rows only, up to the configured number.
 */
record ImportResult(String fileName, UploadFormat format, long rows, long imported, long rejected,
		List<RowProblem> problems) {

	boolean truncated() {
		return rejected > problems.size();
	}

}

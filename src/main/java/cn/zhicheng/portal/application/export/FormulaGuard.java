package cn.zhicheng.portal.application.export;

/**
 * Every cell the portal writes to a spreadsheet or a CSV goes through here: a cell that a spreadsheet would read as
 * a formula (= + - @, also after a tab or carriage return) gets a leading single quote, so an exported name cannot
 * run as a formula on the reviewer's machine (CSV injection).
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	public static String cell(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + cell : cell;
	}

}

package cn.zhicheng.portal.certificate.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an import file, named by their Chinese header as the earlier systems export them; the order in the
 * file is free. A column the certificate table cannot do without must be present; 系列, 专业 and 评委会 may be left
 * out (the table allows them empty).
 */
enum ImportColumn {

	NUMBER("证书编号", true, 40), NAME("姓名", true, 64), ID_NUMBER("身份证号", true, 100), TITLE("资格名称", true, 60),
	SERIES("系列", false, 60), SPECIALTY("专业", false, 100), LEVEL("层级", true, 20), YEAR("评审年度", true, 10),
	COMMITTEE("评委会", false, 100), ISSUER("发证机关", true, 100), ISSUED_ON("发证日期", true, 20);

	final String header;

	final boolean required;

	/** The longest value accepted: the table's column width (the ID number's own check tells a wrong length). */
	final int maxLength;

	ImportColumn(String header, boolean required, int maxLength) {
		this.header = header;
		this.required = required;
		this.maxLength = maxLength;
	}

	/** Where each column sits in a file, read from its header row. */
	record Positions(Map<ImportColumn, Integer> index) {

		/**
		 * @throws ImportRefusedException naming the required columns the header lacks
		 */
		static Positions of(List<String> header) {
			Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
			for (int i = 0; i < header.size(); i++) {
				String name = clean(header.get(i));
				for (ImportColumn column : values()) {
					if (column.header.equals(name)) {
						index.putIfAbsent(column, i);
					}
				}
			}
			List<String> missing = new ArrayList<>();
			for (ImportColumn column : values()) {
				if (column.required && !index.containsKey(column)) {
					missing.add(column.header);
				}
			}
			if (!missing.isEmpty()) {
				throw new ImportRefusedException("registry.import.refused.header", String.join("、", missing));
			}
			return new Positions(index);
		}

		/** The cell of a column, cleaned; blank when the column or the cell is absent. */
		String get(List<String> cells, ImportColumn column) {
			Integer i = index.get(column);
			return i == null || i >= cells.size() ? "" : clean(cells.get(i));
		}

	}

	/** Full-width letters and digits folded (NFKC), blanks at both ends (also U+3000 and a stray BOM) stripped. */
	static String clean(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFKC).replace("\uFEFF", "").strip();
	}

}

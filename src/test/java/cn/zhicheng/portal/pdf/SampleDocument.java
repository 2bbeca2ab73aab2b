package cn.zhicheng.portal.pdf;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A two-page A4 stand-in for the review form, built only from the pdf module's API: a Chinese title, label/value
 * rows with some values missing (red boxes), a name with the rare character 堃 and the 预览 watermark.
 */
final class SampleDocument {

	/** The bundle's pdf.preview, as the review form will pass it. */
	static final String PREVIEW = "预览";

	static final String NAME = "王堃";

	private final PdfFonts fonts;

	private final FieldCell cells;

	SampleDocument(PdfFonts fonts) {
		this.fonts = fonts;
		this.cells = new FieldCell(fonts, "缺少：{0}");
	}

	byte[] build() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(PageSize.A4, 50, 50, 60, 60);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		Watermark.watermark(writer, this.fonts, PREVIEW);
		document.open();

		document.add(title("广东省职称评审表"));
		document.add(table(basics()));
		document.add(title("二、学历及工作经历"));
		document.add(table(education()));

		document.newPage();
		document.add(title("三、专业技术工作业绩"));
		document.add(table(achievements()));
		document.close();
		return out.toByteArray();
	}

	private Paragraph title(String text) {
		Paragraph title = new Paragraph(text, this.fonts.bold(18));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(12);
		title.setSpacingBefore(6);
		return title;
	}

	private PdfPTable table(Map<String, @Nullable String> rows) {
		PdfPTable table = new PdfPTable(new float[] { 1, 2.4f });
		table.setWidthPercentage(100);
		table.setSpacingAfter(10);
		rows.forEach((label, value) -> {
			table.addCell(this.cells.label(label));
			table.addCell(this.cells.value(label, value));
		});
		return table;
	}

	private static Map<String, @Nullable String> basics() {
		Map<String, @Nullable String> rows = new LinkedHashMap<>();
		rows.put("姓名", NAME);
		rows.put("性别", "男");
		rows.put("出生日期", null);
		rows.put("身份证号码", "440106********1234");
		rows.put("工作单位", "广州市天河区第一人民医院");
		rows.put("现从事专业", "内科学（心血管方向）");
		rows.put("申报级别", "副高级 · 副主任医师");
		rows.put("参加工作时间", " ");
		return rows;
	}

	private static Map<String, @Nullable String> education() {
		Map<String, @Nullable String> rows = new LinkedHashMap<>();
		rows.put("最高学历", "研究生（硕士）");
		rows.put("毕业院校", "中山大学");
		rows.put("毕业时间", "2012年7月");
		rows.put("现职称取得时间", null);
		return rows;
	}

	private static Map<String, @Nullable String> achievements() {
		Map<String, @Nullable String> rows = new LinkedHashMap<>();
		rows.put("主要业绩", "主持完成急性心肌梗死绿色通道流程改造，平均入门至球囊扩张时间缩短至 62 分钟。");
		rows.put("论文著作", "《基层医院胸痛中心建设的实践与思考》，《中国医院管理》2023年第5期。");
		rows.put("继续教育学时", null);
		rows.put("单位推荐意见", "");
		return rows;
	}

}

package cn.zhicheng.portal.application.reviewform;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The companion forms of the material list (DOMAIN.md §6.1) as blank templates in the review form's font and style:
 * filled in by hand, so anyone may download them. They never change while the portal runs, so each is built once.
 */
@Component
public class BlankForms {

	/** The blank forms by the slug of their address, {@code /forms/blank/{slug}.pdf}. */
	public enum BlankForm {

		PUBLIC_NOTICE("public-notice"), CATALOG("catalog"), REGISTRATION("registration");

		private final String slug;

		BlankForm(String slug) {
			this.slug = slug;
		}

		public String slug() {
			return this.slug;
		}

		public String path() {
			return "/forms/blank/" + this.slug + ".pdf";
		}

		public static Optional<BlankForm> fromSlug(String slug) {
			return Arrays.stream(values()).filter(form -> form.slug.equals(slug)).findFirst();
		}

	}

	private final PdfFonts fonts;

	private final FieldCell cells;

	private final MessageSource messages;

	private final Map<BlankForm, byte[]> built = new ConcurrentHashMap<>();

	public BlankForms(PdfFonts fonts, FieldCell cells, MessageSource messages) {
		this.fonts = fonts;
		this.cells = cells;
		this.messages = messages;
	}

	/** The PDF of the form with this slug; empty for an unknown slug. */
	public Optional<byte[]> render(String slug) {
		return BlankForm.fromSlug(slug).map(this::render);
	}

	public byte[] render(BlankForm form) {
		return this.built.computeIfAbsent(form, this::build).clone();
	}

	private byte[] build(BlankForm form) {
		FormWriter w = new FormWriter(this.fonts, this.cells, this.messages, "", 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		Document document = new Document(PageSize.A4, 45, 45, 50, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		document.addTitle(w.word("reviewform.blank." + form.slug()));
		document.open();
		document.add(w.title(w.word("reviewform.blank." + form.slug()), 16));
		switch (form) {
			case PUBLIC_NOTICE -> publicNotice(document, w);
			case CATALOG -> catalog(document, w);
			case REGISTRATION -> registration(document, w);
		}
		document.close();
		return out.toByteArray();
	}

	private static void publicNotice(Document document, FormWriter w) {
		PdfPTable table = FormWriter.table(1.2f, 2, 1.2f, 2);
		pair(table, w, "reviewform.name", "reviewform.cover.unit");
		pair(table, w, "reviewform.cover.series", "reviewform.cover.level");
		table.addCell(w.label("reviewform.blank.notice.period"));
		table.addCell(w.span(w.note(w.word("reviewform.blank.notice.period.value"), Element.ALIGN_LEFT), 3));
		row(table, w, "reviewform.blank.notice.place", 40, 3);
		row(table, w, "reviewform.blank.notice.content", 180, 3);
		row(table, w, "reviewform.blank.notice.result", 120, 3);
		row(table, w, "reviewform.blank.notice.unit", 90, 3);
		table.addCell(w.span(w.note(w.word("reviewform.opinion.unit-sign"), Element.ALIGN_RIGHT), 4));
		document.add(table);
	}

	private static void catalog(Document document, FormWriter w) {
		PdfPTable head = FormWriter.table(1.2f, 2, 1.2f, 2);
		pair(head, w, "reviewform.name", "reviewform.cover.unit");
		pair(head, w, "reviewform.cover.series", "reviewform.cover.level");
		document.add(head);
		PdfPTable table = RecordSections.headed(w, new float[] { 0.6f, 4, 0.8f, 0.8f, 1.6f },
				"reviewform.blank.catalog.number", "reviewform.blank.catalog.material",
				"reviewform.blank.catalog.copies", "reviewform.blank.catalog.pages", "reviewform.blank.catalog.remark");
		for (int n = 1; n <= 20; n++) {
			table.addCell(w.text(String.valueOf(n)));
			for (int column = 1; column < 5; column++) {
				table.addCell(w.blank(22));
			}
		}
		table.addCell(w.span(w.note(w.word("reviewform.blank.catalog.sign"), Element.ALIGN_RIGHT), 5));
		document.add(table);
	}

	private static void registration(Document document, FormWriter w) {
		PdfPTable table = FormWriter.table(1.3f, 1.4f, 1.2f, 1.4f, 1.3f, 1.4f);
		for (String[] keys : new String[][] { { "reviewform.name", "reviewform.gender", "reviewform.birth" },
				{ "reviewform.education", "reviewform.work-start", "reviewform.years" },
				{ "reviewform.title.name", "reviewform.title.obtained-on", "reviewform.cover.level" } }) {
			for (String key : keys) {
				table.addCell(w.label(key));
				table.addCell(w.blank(26));
			}
		}
		row(table, w, "reviewform.cover.unit", 26, 5);
		row(table, w, "reviewform.blank.registration.school", 26, 5);
		row(table, w, "reviewform.section.6", 170, 5);
		row(table, w, "reviewform.section.7", 110, 5);
		row(table, w, "reviewform.section.4", 45, 5);
		row(table, w, "reviewform.section.5", 45, 5);
		table.addCell(w.label("reviewform.blank.registration.vote"));
		table.addCell(w.span(w.note(w.word("reviewform.opinion.vote"), Element.ALIGN_LEFT), 5));
		row(table, w, "reviewform.opinion.conclusion", 60, 5);
		document.add(table);
	}

	private static void pair(PdfPTable table, FormWriter w, String first, String second) {
		table.addCell(w.label(first));
		table.addCell(w.blank(26));
		table.addCell(w.label(second));
		table.addCell(w.blank(26));
	}

	private static void row(PdfPTable table, FormWriter w, String labelKey, float height, int span) {
		table.addCell(w.label(labelKey));
		table.addCell(w.span(w.blank(height), span));
	}

}

package cn.zhicheng.portal.application.reviewform;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;

/**
 * What every part of one rendering shares: Chinese words from the bundle, label and value cells, and the two lists a
 * rendering returns. Every string goes through {@link #print(String)}, so a character the font lacks is collected and
 * printed as its code ({@code [U+20BB7]}) instead of vanishing; every blank value becomes a red box that names it,
 * links to the wizard step that fills it and is collected for the web page.
 */
final class FormWriter {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final float SMALL = 9.5f;

	private final PdfFonts fonts;

	private final FieldCell cells;

	private final MessageSource messages;

	private final String baseUrl;

	private final long applicationId;

	private final Set<Missing> missing = new LinkedHashSet<>();

	private final Set<Integer> unprintable = new LinkedHashSet<>();

	FormWriter(PdfFonts fonts, FieldCell cells, MessageSource messages, String baseUrl, long applicationId) {
		this.fonts = fonts;
		this.cells = cells;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.applicationId = applicationId;
	}

	PdfFonts fonts() {
		return this.fonts;
	}

	List<Missing> missing() {
		return List.copyOf(this.missing);
	}

	List<Integer> unprintable() {
		return List.copyOf(this.unprintable);
	}

	/** The Chinese text of {@code key}, unformatted (args are strings, so years print without grouping). */
	String word(String key, Object... args) {
		return this.messages.getMessage(key, args, CHINESE);
	}

	/** {@code text} with every character the font cannot print replaced by its code, each one recorded. */
	String print(String text) {
		List<Integer> lacking = this.fonts.unprintable(text);
		if (lacking.isEmpty()) {
			return text;
		}
		this.unprintable.addAll(lacking);
		StringBuilder printable = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(cp -> {
			if (lacking.contains(cp)) {
				printable.append("[U+%04X]".formatted(cp));
			}
			else {
				printable.appendCodePoint(cp);
			}
		});
		return printable.toString();
	}

	String month(@Nullable LocalDate date) {
		return date == null ? "" : word("reviewform.date.month", String.valueOf(date.getYear()),
				String.valueOf(date.getMonthValue()));
	}

	String day(LocalDate date) {
		return word("reviewform.date.day", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getDayOfMonth()));
	}

	String range(LocalDate from, @Nullable LocalDate to) {
		return word("reviewform.date.range", month(from), to == null ? word("reviewform.date.now") : month(to));
	}

	PdfPCell label(String key) {
		return this.cells.label(print(word(key)));
	}

	/** A header cell of a record table: the label style in a smaller size, so six columns fit. */
	PdfPCell header(String key) {
		PdfPCell cell = this.cells.label(print(word(key)));
		cell.setPhrase(new Phrase(print(word(key)), this.fonts.bold(SMALL)));
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	/** The value, or a red box naming {@code labelKey} that links to {@code step} when it is null or blank. */
	PdfPCell value(@Nullable String value, FilingStep step, String labelKey) {
		if (value == null || value.isBlank()) {
			return missing(step, labelKey);
		}
		return text(value);
	}

	/** A value that is always there (a number, a date, 无). */
	PdfPCell text(String value) {
		PdfPCell cell = this.cells.value("", print(value));
		cell.setPhrase(new Phrase(print(value), this.fonts.regular(SMALL)));
		return cell;
	}

	PdfPCell none() {
		return text(word("reviewform.none"));
	}

	/**
	 * FieldCell's red box naming the value, followed by 完善个人信息; the whole box is a link to the step's page so the
	 * applicant can go from the printed preview (or its PDF) straight to the field.
	 */
	PdfPCell missing(FilingStep step, String labelKey) {
		String label = print(word(labelKey));
		this.missing.add(new Missing(step, label));
		String url = this.baseUrl + step.path(this.applicationId);
		PdfPCell cell = this.cells.missing(label);
		Phrase phrase = new Phrase();
		phrase.addAll(cell.getPhrase());
		Font link = this.fonts.regular(SMALL, FieldCell.MISSING);
		link.setStyle(Font.UNDERLINE);
		phrase.add(new Chunk(" " + word("reviewform.complete"), link));
		cell.setPhrase(phrase);
		cell.setCellEvent((box, position, canvases) -> {
			PdfWriter writer = canvases[PdfPTable.TEXTCANVAS].getPdfWriter();
			PdfAnnotation annotation = new PdfAnnotation(writer, position.getLeft(), position.getBottom(),
					position.getRight(), position.getTop(), new PdfAction(url));
			writer.addAnnotation(annotation);
		});
		return cell;
	}

	PdfPCell span(PdfPCell cell, int columns) {
		cell.setColspan(columns);
		return cell;
	}

	/** A large empty box for what is written by hand: opinions, signatures, seals. */
	PdfPCell blank(float height) {
		PdfPCell cell = new PdfPCell(new Phrase(""));
		cell.setMinimumHeight(height);
		cell.setBorder(Rectangle.BOX);
		return cell;
	}

	/** Text in a box, left to right, for paper-only parts ("单位负责人签名：　　公章　　年　月　日"). */
	PdfPCell note(String text, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(print(text), this.fonts.regular(10.5f)));
		cell.setPadding(6);
		cell.setHorizontalAlignment(alignment);
		cell.setBorder(Rectangle.BOX);
		return cell;
	}

	Paragraph title(String text, float size) {
		Paragraph title = new Paragraph(print(text), this.fonts.bold(size));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(10);
		return title;
	}

	Paragraph heading(String key) {
		Paragraph heading = new Paragraph(print(word(key)), this.fonts.bold(12));
		heading.setSpacingBefore(8);
		heading.setSpacingAfter(5);
		return heading;
	}

	Paragraph paragraph(String text, float size) {
		Paragraph paragraph = new Paragraph(print(text), this.fonts.regular(size));
		paragraph.setLeading(size * 1.6f);
		return paragraph;
	}

	static PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingAfter(4);
		return table;
	}

}

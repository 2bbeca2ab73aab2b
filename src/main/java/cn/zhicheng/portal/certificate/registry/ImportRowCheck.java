package cn.zhicheng.portal.certificate.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.certificate.registry.ImportColumn.Positions;
import cn.zhicheng.portal.validation.IdNumberCheck;
import cn.zhicheng.portal.validation.IdNumbers;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks of one import row, every failure named (not only the first), so one correction of the file fixes the
 * row. The certificate number is free text (DOMAIN.md §5.4: no official format is known): trimmed, letters and digits
 * with a few separators, at most 40 characters. The ID number is checked as GB 11643 (DOMAIN.md §5.1). Review years
 * start at 1980, when 职称评定 resumed nationwide; neither year nor issue date may lie in the future.
 */
final class ImportRowCheck {

	static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]+(?:[-_/.()][A-Za-z0-9]*)*");

	static final int FIRST_YEAR = 1980;

	private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd",
			"uuuu年M月d日")
		.stream()
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private final Positions columns;

	private final Map<String, TitleLevel> levels;

	private final IdNumberHash hash;

	private final LocalDate today;

	/** @param levels each level by its Chinese name and its code (员级 and STAFF alike) */
	ImportRowCheck(Positions columns, Map<String, TitleLevel> levels, IdNumberHash hash, LocalDate today) {
		this.columns = columns;
		this.levels = levels;
		this.hash = hash;
		this.today = today;
	}

	/** The certificate of a good row; null for a bad one, whose reasons are added to {@code reasons}. */
	@Nullable ImportedCertificate check(List<String> cells, List<MessageSourceResolvable> reasons) {
		String number = text(cells, ImportColumn.NUMBER, reasons);
		if (!number.isEmpty() && number.length() <= ImportColumn.NUMBER.maxLength
				&& !NUMBER.matcher(number).matches()) {
			reasons.add(reason("registry.import.row.number-format"));
		}
		String name = text(cells, ImportColumn.NAME, reasons);
		String id = text(cells, ImportColumn.ID_NUMBER, reasons);
		IdNumberCheck idCheck = IdNumbers.check(id, today);
		if (!id.isEmpty() && !idCheck.valid()) {
			reasons.add(reason(idCheck.messageKey().orElse("validation.id-number.invalid")));
		}
		String title = text(cells, ImportColumn.TITLE, reasons);
		String series = text(cells, ImportColumn.SERIES, reasons);
		String specialty = text(cells, ImportColumn.SPECIALTY, reasons);
		String committee = text(cells, ImportColumn.COMMITTEE, reasons);
		String issuer = text(cells, ImportColumn.ISSUER, reasons);
		String levelText = text(cells, ImportColumn.LEVEL, reasons);
		TitleLevel level = levels.get(levelText);
		if (level == null && !levelText.isEmpty()) {
			reasons.add(reason("registry.import.row.level-unknown", levelText));
		}
		Integer year = year(text(cells, ImportColumn.YEAR, reasons), reasons);
		LocalDate issuedOn = date(text(cells, ImportColumn.ISSUED_ON, reasons), reasons);
		if (!reasons.isEmpty() || level == null || year == null || issuedOn == null) {
			return null;
		}
		return new ImportedCertificate(number, name, hash.of(idCheck.value()), Masking.idNumber(idCheck.value()),
				title, emptyToNull(series), emptyToNull(specialty), level, year, emptyToNull(committee), issuer,
				issuedOn);
	}

	/** The cell, with a reason added when a required one is blank or any is too long for its column. */
	private String text(List<String> cells, ImportColumn column, List<MessageSourceResolvable> reasons) {
		String value = columns.get(cells, column);
		if (value.isEmpty() && column.required) {
			reasons.add(reason("registry.import.row.required", column.header));
		}
		else if (value.length() > column.maxLength) {
			reasons.add(reason("registry.import.row.too-long", column.header, column.maxLength));
		}
		return value;
	}

	private @Nullable Integer year(String value, List<MessageSourceResolvable> reasons) {
		if (value.isEmpty()) {
			return null;
		}
		String digits = value.endsWith("年度") ? value.substring(0, value.length() - 2)
				: value.endsWith("年") ? value.substring(0, value.length() - 1) : value;
		try {
			int year = Integer.parseInt(digits.strip());
			if (year >= FIRST_YEAR && year <= today.getYear()) {
				return year;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		reasons.add(reason("registry.import.row.year", String.valueOf(FIRST_YEAR), String.valueOf(today.getYear())));
		return null;
	}

	private @Nullable LocalDate date(String value, List<MessageSourceResolvable> reasons) {
		if (value.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				LocalDate date = LocalDate.parse(value, format);
				if (date.isAfter(today)) {
					reasons.add(reason("registry.import.row.date-future"));
					return null;
				}
				return date;
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next
			}
		}
		reasons.add(reason("registry.import.row.date-invalid", value));
		return null;
	}

	static MessageSourceResolvable reason(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}

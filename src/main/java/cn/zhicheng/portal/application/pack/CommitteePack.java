package cn.zhicheng.portal.application.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.export.ExportProgress;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.pdf.PdfFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The committee material pack (issue #8 part 3): for a committee and 评审年度, one ZIP of every accepted file — the
 * files 受理 by the committee office and not yet decided, status ACCEPTED or IN_COMMITTEE_REVIEW (DOMAIN.md §7.1
 * steps 4–5) — with each file's review form and attachments, every PDF page watermarked for the 评审专家 it is made for,
 * and 清单.xlsx listing every other entry with its size and SHA-256. A city reviewer packs their city's files of a
 * committee of their city, an administrator any; see {@link PackScope}. Written to the caller's stream as it goes, for
 * a background job; audited with its pack number, which is also on the watermark, so a leaked copy can be traced.
 */
@Service
public class CommitteePack {

	private static final Logger log = LoggerFactory.getLogger(CommitteePack.class);

	private final PackScope scope;

	private final PackSource source;

	private final PdfStamp stamp;

	private final PdfFonts fonts;

	private final PackProperties properties;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResourceBundleMessageSource texts;

	CommitteePack(PackScope scope, PackSource source, PdfStamp stamp, PdfFonts fonts, PackProperties properties,
			AuditLog audit, JdbcClient jdbc, Clock clock, MessageSource messages) {
		this.scope = scope;
		this.source = source;
		this.stamp = stamp;
		this.fonts = fonts;
		this.properties = properties;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.texts = new ResourceBundleMessageSource();
		this.texts.setBasename("i18n/pack");
		this.texts.setDefaultEncoding("UTF-8");
		this.texts.setFallbackToSystemLocale(false);
		this.texts.setParentMessageSource(messages);
	}

	/**
	 * Files the pack will hold, scoped to the viewer.
	 * @throws PackRefusedException when the viewer may not pack, the committee is unknown or outside the viewer's
	 * reach (answered as unknown), the recipient is blank or too long, or the files are more than a pack holds
	 */
	public long count(PortalUser viewer, PackRequest request) {
		check(viewer, request);
		return within(scope.count(viewer, request));
	}

	/**
	 * Writes the ZIP to {@code out}, which stays open, reporting the number of files to {@code progress} before the
	 * first and after each one.
	 * @return the number of application files packed
	 * @throws PackRefusedException as {@link #count}
	 */
	public int write(PortalUser viewer, PackRequest request, OutputStream out, ExportProgress progress)
			throws IOException {
		String committee = check(viewer, request);
		List<PackedFile> files = scope.files(viewer, request);
		within(files.size());
		progress.expect(files.size());
		String packNumber = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase(Locale.ROOT);
		PdfStamp.Mark mark = new PdfStamp.Mark(
				printable(text("pack.watermark.recipient", request.recipient())),
				printable(text("pack.watermark.detail", committee, Integer.toString(request.reviewYear()),
						LocalDate.now(clock).toString(), packNumber)));
		PackWriter writer = new PackWriter(source, stamp, texts, mark);
		writer.write(viewer, files, out, progress::done);
		audit.record(new AuditEntry(viewer.id(), viewer.role().name(), viewer.getUsername(), "EXPORT_PACK",
				"COMMITTEE", request.committeeId(), "pack " + packNumber + " for " + request.recipient() + ", review year "
						+ request.reviewYear() + ": " + files.size() + " files, " + writer.unreadable()
						+ " unreadable PDF attachments",
				null, null));
		log.info("Pack {} of committee {} for {}: {} files, {} unreadable PDF attachments", packNumber,
				request.committeeId(), request.reviewYear(), files.size(), writer.unreadable());
		return files.size();
	}

	/** The pack's file name without extension, e.g. 评审材料包-<委员会>-2025年度-<recipient>; safe as one path segment. */
	public String fileName(PackRequest request, Locale locale) {
		String committee = jdbc.sql("select name from committee where id = :id")
			.param("id", request.committeeId())
			.query(String.class)
			.optional()
			.orElse(Long.toString(request.committeeId()));
		return PackZip.segment(texts.getMessage("pack.file", new Object[] { committee,
				Integer.toString(request.reviewYear()), request.recipient(), Long.toString(request.committeeId()) },
				locale));
	}

	/** A refusal in the reader's words, for the page that asked for the pack. */
	public String message(PackRefusedException refused, Locale locale) {
		return texts.getMessage(refused.messageKey(), refused.arguments(), locale);
	}

	/** The committee's name once the viewer, the committee and the recipient are all allowed. */
	private String check(PortalUser viewer, PackRequest request) {
		String committee = scope.committee(viewer, request.committeeId());
		if (!request.recipientValid()) {
			throw new PackRefusedException("pack.refused.recipient", PackRequest.MAX_RECIPIENT);
		}
		return committee;
	}

	private long within(long files) {
		if (files > properties.maxFiles()) {
			throw new PackRefusedException("pack.refused.too-many", files, properties.maxFiles());
		}
		return files;
	}

	private String text(String key, Object... arguments) {
		return texts.getMessage(key, arguments, PackWriter.CHINESE);
	}

	/** The text with each character the font lacks written as its code, so none vanishes from the watermark. */
	private String printable(String text) {
		List<Integer> missing = fonts.unprintable(text);
		if (missing.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (missing.contains(c)) {
				out.append("[U+").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(']');
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}

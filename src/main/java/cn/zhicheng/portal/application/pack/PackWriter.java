package cn.zhicheng.portal.application.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.attachment.AttachmentView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * One pack being written: for each file its folder {@code 001-业务编号-姓名} with 评审表.pdf and 附件/, each PDF
 * watermarked, each image copied as it is, a PDF that cannot be read copied as it is and flagged; then 清单.xlsx at
 * the root. Holds one file's PDF in memory at a time.
 */
final class PackWriter {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<String> COLUMNS = List.of("seq", "number", "name", "unit", "specialty", "level", "path", "type",
			"size", "sha256", "watermark", "note");

	private final PackSource source;

	private final PdfStamp stamp;

	private final MessageSource texts;

	private final PdfStamp.Mark mark;

	/** Entries whose PDF could not be read, so the audit record can say how many. */
	private int unreadable;

	PackWriter(PackSource source, PdfStamp stamp, MessageSource texts, PdfStamp.Mark mark) {
		this.source = source;
		this.stamp = stamp;
		this.texts = texts;
		this.mark = mark;
	}

	/** Writes the ZIP of {@code files} to {@code out}, reporting each file done to {@code done}. */
	void write(PortalUser viewer, List<PackedFile> files, OutputStream out, IntConsumer done)
			throws IOException {
		List<String> header = COLUMNS.stream().map(c -> text("pack.manifest.column." + c)).toList();
		try (PackZip zip = new PackZip(out); PackManifest manifest = new PackManifest(text("pack.manifest.sheet"), header)) {
			int sequence = 0;
			for (PackedFile file : files) {
				sequence++;
				String folder = PackZip.segment("%03d-%s-%s".formatted(sequence, file.number(), file.applicantName()));
				byte @Nullable [] form = source.reviewForm(viewer, file);
				if (form != null) {
					byte[] stamped = stamp.stamp(form, mark);
					if (stamped == null) {
						throw new IllegalStateException("The portal's own review form of file " + file.id()
								+ " could not be watermarked");
					}
					PackZip.Written entry = zip.write(folder, text("pack.entry.form"), stamped);
					row(manifest, sequence, file, entry, "form", "yes", "");
				}
				String attachments = folder + "/" + PackZip.segment(text("pack.entry.attachments"));
				for (AttachmentView attachment : source.attachments(viewer, file)) {
					attachment(zip, manifest, sequence, file, attachments, viewer, attachment);
				}
				done.accept(sequence);
			}
			zip.write("", text("pack.entry.manifest"), manifest::writeTo);
		}
	}

	int unreadable() {
		return unreadable;
	}

	private void attachment(PackZip zip, PackManifest manifest, int sequence, PackedFile file, String folder,
			PortalUser viewer, AttachmentView attachment) throws IOException {
		byte[] bytes = source.bytes(viewer, file, attachment);
		String stored = attachment.fileName();
		// Only the last part of a name that carries a path, as the upload keeps it.
		String name = text("attachment.section." + attachment.section().name()) + "-"
				+ stored.substring(Math.max(stored.lastIndexOf('/'), stored.lastIndexOf('\\')) + 1);
		if (!"application/pdf".equals(attachment.contentType())) {
			row(manifest, sequence, file, zip.write(folder, name, bytes), "attachment", "no", "image");
			return;
		}
		byte[] stamped = stamp.stamp(bytes, mark);
		if (stamped == null) {
			unreadable++;
			row(manifest, sequence, file, zip.write(folder, name, bytes), "attachment", "unreadable", "unreadable");
		}
		else {
			row(manifest, sequence, file, zip.write(folder, name, stamped), "attachment", "yes", "");
		}
	}

	private void row(PackManifest manifest, int sequence, PackedFile file, PackZip.Written entry, String type,
			String watermark, String note) {
		String level = file.targetLevel() == null ? ""
				: texts.getMessage("title.level." + file.targetLevel(), null, file.targetLevel(), CHINESE);
		manifest.row(sequence,
				List.of(file.number(), file.applicantName(), orEmpty(file.unitName()), orEmpty(file.specialtyName()),
						level, entry.path(), text("pack.manifest.type." + type)),
				entry.size(), List.of(entry.sha256(), text("pack.manifest.watermark." + watermark),
						note.isEmpty() ? "" : text("pack.manifest.note." + note)));
	}

	private String text(String key) {
		return texts.getMessage(key, null, CHINESE);
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}

package cn.zhicheng.portal.application.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import cn.zhicheng.portal.upload.ImageCheck;
import cn.zhicheng.portal.upload.PdfCheck;

import org.springframework.stereotype.Component;

/**
 * Decides what an upload is from its bytes alone. The name's extension and the browser's declared type are whatever
 * the uploader's machine suggests, so they prove nothing: a ZIP or a web page renamed to .pdf is refused, and a PNG
 * named .jpg is taken as the PNG it is. A PDF must parse and images must decode completely, so a truncated, corrupt,
 * scripted or password-protected file is caught now rather than by the reviewer.
 */
@Component
class AttachmentInspector {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** ISO-BMFF brands of HEIC/HEIF: what an iPhone sends unless set to 兼容性最佳. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1", "avif", "avis");

	private final AttachmentLimits limits;

	AttachmentInspector(AttachmentLimits limits) {
		this.limits = limits;
	}

	/**
	 * The file's type.
	 * @throws AttachmentRefusedException naming what is wrong, the cheapest checks first
	 */
	FileType inspect(byte[] bytes) {
		if (bytes.length == 0) {
			throw new AttachmentRefusedException("attachment.error.empty");
		}
		if (bytes.length > limits.maxFileSize().toBytes()) {
			throw new AttachmentRefusedException("attachment.error.too-large",
					AttachmentLimits.megabytes(limits.maxFileSize().toBytes()));
		}
		if (PdfCheck.hasHeader(bytes)) {
			switch (PdfCheck.check(bytes)) {
				case OK -> {
					return FileType.PDF;
				}
				case ENCRYPTED -> throw new AttachmentRefusedException("attachment.error.encrypted");
				case SCRIPTED -> throw new AttachmentRefusedException("attachment.error.scripted");
				default -> throw new AttachmentRefusedException("attachment.error.damaged");
			}
		}
		boolean jpeg = startsWith(bytes, JPEG);
		if (jpeg || startsWith(bytes, PNG)) {
			switch (ImageCheck.check(bytes, jpeg, limits.maxImagePixels())) {
				case OK -> {
					return jpeg ? FileType.JPEG : FileType.PNG;
				}
				case TOO_MANY_PIXELS -> throw new AttachmentRefusedException("attachment.error.too-many-pixels",
						limits.maxImagePixels() / 1_000_000);
				default -> throw new AttachmentRefusedException("attachment.error.damaged");
			}
		}
		throw new AttachmentRefusedException(isHeif(bytes) ? "attachment.error.heic" : "attachment.error.type");
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean isHeif(byte[] bytes) {
		return bytes.length >= 12 && new String(bytes, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
				&& HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1));
	}

}

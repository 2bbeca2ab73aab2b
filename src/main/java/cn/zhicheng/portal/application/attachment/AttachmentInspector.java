package cn.zhicheng.portal.application.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.springframework.stereotype.Component;

/**
 * Decides what an upload is from its bytes alone. The name's extension and the browser's declared type are whatever
 * the uploader's machine suggests, so they prove nothing: a ZIP or a web page renamed to .pdf is refused, and a PNG
 * named .jpg is taken as the PNG it is. Images must decode completely, so a truncated or corrupt scan is caught
 * now rather than by the reviewer.
 */
@Component
class AttachmentInspector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Readers accept %%EOF anywhere in the last 1024 bytes; writers may follow it with whitespace or padding. */
	private static final int PDF_END_WINDOW = 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** ISO-BMFF brands of HEIC/HEIF: what an iPhone sends unless set to 兼容性最佳. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1", "avif", "avis");

	/** Images are decoded subsampled to about this many pixels: every byte is read, little memory is taken. */
	private static final long DECODED_PIXELS = 1_000_000;

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
		if (startsWith(bytes, PDF)) {
			if (!endsNear(bytes, PDF_END, PDF_END_WINDOW)) {
				throw new AttachmentRefusedException("attachment.error.damaged");
			}
			return FileType.PDF;
		}
		if (startsWith(bytes, JPEG)) {
			checkImage(bytes, FileType.JPEG);
			return FileType.JPEG;
		}
		if (startsWith(bytes, PNG)) {
			checkImage(bytes, FileType.PNG);
			return FileType.PNG;
		}
		throw new AttachmentRefusedException(isHeif(bytes) ? "attachment.error.heic" : "attachment.error.type");
	}

	private void checkImage(byte[] bytes, FileType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.JPEG ? "jpeg" : "png");
		ImageReader reader = readers.next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, false, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels <= 0) {
				throw new AttachmentRefusedException("attachment.error.damaged");
			}
			if (pixels > limits.maxImagePixels()) {
				throw new AttachmentRefusedException("attachment.error.too-many-pixels",
						limits.maxImagePixels() / 1_000_000);
			}
			if (!decodes(reader, type, pixels)) {
				throw new AttachmentRefusedException("attachment.error.damaged");
			}
		}
		catch (AttachmentRefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// ImageIO's readers report a malformed stream with any of several runtime exceptions.
			throw new AttachmentRefusedException("attachment.error.damaged");
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Whether every pixel can be read. libjpeg decodes a damaged scan as far as it can and only warns, so a
	 * corrupt-data warning counts as failure. A JPEG is read as a raster, without colour conversion, so the CMYK
	 * JPEGs some scanners write are accepted too.
	 */
	private static boolean decodes(ImageReader reader, FileType type, long pixels) throws IOException {
		AtomicBoolean corrupt = new AtomicBoolean();
		reader.addIIOReadWarningListener((source, warning) -> {
			if (warning.startsWith("Corrupt JPEG data")) {
				corrupt.set(true);
			}
		});
		ImageReadParam param = reader.getDefaultReadParam();
		int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
		param.setSourceSubsampling(step, step, 0, 0);
		if (type == FileType.JPEG) {
			reader.readRaster(0, param);
		}
		else {
			reader.read(0, param);
		}
		return !corrupt.get();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean endsNear(byte[] bytes, byte[] marker, int window) {
		for (int start = bytes.length - marker.length; start >= Math.max(0, bytes.length - window); start--) {
			if (Arrays.equals(bytes, start, start + marker.length, marker, 0, marker.length)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHeif(byte[] bytes) {
		return bytes.length >= 12 && new String(bytes, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
				&& HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1));
	}

}

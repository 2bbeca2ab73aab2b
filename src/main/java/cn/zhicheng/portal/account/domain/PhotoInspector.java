package cn.zhicheng.portal.account.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import cn.zhicheng.portal.account.PhotoPolicy;
import cn.zhicheng.portal.account.domain.PhotoCheck.Accepted;
import cn.zhicheng.portal.account.domain.PhotoCheck.Refused;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides whether an upload is a 大一寸 photo the portal can print (DOMAIN.md §5.5, issue #3), giving the most
 * specific reason first so the applicant knows what to fix. The checks run from cheapest to dearest and nothing is
 * decoded until the header has shown the image is of a sane size. An accepted photo is re-encoded, and only that
 * copy is kept: it carries no EXIF (GPS) metadata and no payload a crafted file may have hidden beside the pixels.
 */
@Component
public class PhotoInspector {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] IEND = "IEND".getBytes(StandardCharsets.US_ASCII);

	/** ISO-BMFF brands of HEIC/HEIF and AVIF: what an iPhone uploads unless set to 兼容性最佳. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1", "avif", "avis");

	/** 一寸 = 25 × 35 mm (DOMAIN.md §5.5), the photo most often uploaded by mistake. */
	private static final double ONE_INCH_RATIO = 25.0 / 35.0;

	private final PhotoPolicy policy;

	public PhotoInspector(PhotoPolicy policy) {
		this.policy = policy;
	}

	public PhotoCheck inspect(byte[] content) {
		if (content.length == 0) {
			return new Refused("photo.empty");
		}
		if (content.length > policy.maxBytes()) {
			return new Refused("photo.too-large", (content.length + 1023L) / 1024, policy.maxKilobytes());
		}
		boolean jpeg = startsWith(content, JPEG);
		if (!jpeg && !startsWith(content, PNG)) {
			return new Refused(isHeif(content) ? "photo.unsupported-format.heic" : "photo.unsupported-format");
		}
		ImageReader reader = ImageIO.getImageReadersByFormatName(jpeg ? "jpeg" : "png").next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, false, true);
			return inspect(content, jpeg, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			reader.dispose();
		}
	}

	private PhotoCheck inspect(byte[] content, boolean jpeg, ImageReader reader) {
		int width;
		int height;
		try {
			width = reader.getWidth(0);
			height = reader.getHeight(0);
		}
		catch (IOException | RuntimeException ex) {
			return new Refused("photo.damaged");
		}
		if (width <= 0 || height <= 0) {
			return new Refused("photo.damaged");
		}
		if ((long) width * height > policy.maxPixels()) {
			return new Refused("photo.too-many-pixels", width, height, policy.maxPixels());
		}
		Ending ending = jpeg ? jpegEnding(content) : pngEnding(content);
		if (ending == Ending.TRAILING_DATA) {
			return new Refused("photo.trailing-data");
		}
		if (width < policy.minWidth() || height < policy.minHeight()) {
			String key = looksLikeAnIdPhoto(width, height) ? "photo.too-small.one-inch" : "photo.too-small";
			return new Refused(key, width, height, policy.minWidth(), policy.minHeight(), policy.aspectWidth(),
					policy.aspectHeight());
		}
		if (!withinTolerance((double) width / height, policy.aspectRatio())) {
			String key = (width > height) ? "photo.wrong-aspect.landscape" : "photo.wrong-aspect";
			return new Refused(key, width, height, policy.aspectWidth(), policy.aspectHeight(),
					policy.aspectTolerance());
		}
		if (ending == Ending.DAMAGED) {
			return new Refused("photo.damaged");
		}
		BufferedImage image = decode(reader, jpeg);
		if (image == null) {
			return new Refused("photo.damaged");
		}
		return new Accepted(encode(image), image.getWidth(), image.getHeight());
	}

	/**
	 * The pixels, or {@code null} if they cannot all be read. libjpeg decodes a damaged scan as far as it can, fills
	 * the rest with grey and only warns, so for a JPEG a corrupt-data warning counts as failure. The PNG reader's
	 * warnings are about ancillary chunks it ignores, not the pixels, so they do not.
	 */
	private static @Nullable BufferedImage decode(ImageReader reader, boolean jpeg) {
		List<String> corruption = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> {
			if (jpeg && warning.startsWith("Corrupt JPEG data")) {
				corruption.add(warning);
			}
		});
		try {
			BufferedImage image = reader.read(0);
			return corruption.isEmpty() ? image : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** Baseline RGB JPEG with transparency flattened onto white; no metadata is written but the JFIF header. */
	private byte[] encode(BufferedImage image) {
		BufferedImage rgb = image;
		if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
			Graphics2D graphics = rgb.createGraphics();
			try {
				graphics.drawImage(image, 0, 0, Color.WHITE, null);
			}
			finally {
				graphics.dispose();
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(policy.jpegQuality());
			writer.setOutput(output);
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** Shaped like a 证件照, 大一寸 or 一寸 (小一寸 has 大一寸's ratio): too small, then, not the wrong kind. */
	private boolean looksLikeAnIdPhoto(int width, int height) {
		double ratio = (double) width / height;
		return withinTolerance(ratio, policy.aspectRatio()) || withinTolerance(ratio, ONE_INCH_RATIO);
	}

	private boolean withinTolerance(double ratio, double required) {
		return Math.abs(ratio / required - 1) <= policy.aspectTolerance();
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	private static boolean isHeif(byte[] content) {
		return content.length >= 12 && new String(content, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
				&& HEIF_BRANDS.contains(new String(content, 8, 4, StandardCharsets.ISO_8859_1));
	}

	/**
	 * How the image's own bytes end. Anything after them (a ZIP or a script making the file a polyglot, the video of a
	 * "motion photo") is not part of the photo, so such a file is refused rather than trusted to be harmless.
	 */
	private enum Ending {

		COMPLETE, TRAILING_DATA, DAMAGED

	}

	/**
	 * Walks the JPEG's marker segments and entropy-coded scans to the EOI that closes the image. Scanning for the last
	 * FF D9 instead would be fooled by a payload that ends in FF D9, and by an EXIF thumbnail's own EOI. Only zero
	 * padding may follow, as some cameras write it.
	 */
	private static Ending jpegEnding(byte[] content) {
		int position = 2;
		while (true) {
			// Like libjpeg, skip stray bytes and fill bytes up to the next marker.
			while (position < content.length && content[position] != (byte) 0xFF) {
				position++;
			}
			while (position < content.length && content[position] == (byte) 0xFF) {
				position++;
			}
			if (position >= content.length) {
				return Ending.DAMAGED;
			}
			int marker = content[position++] & 0xFF;
			if (marker == 0xD9) {
				for (int i = position; i < content.length; i++) {
					if (content[i] != 0) {
						return Ending.TRAILING_DATA;
					}
				}
				return Ending.COMPLETE;
			}
			if (marker == 0x00 || marker == 0x01 || isRestart(marker)) {
				continue;
			}
			if (marker == 0xD8 || position + 2 > content.length) {
				return Ending.DAMAGED;
			}
			int length = ((content[position] & 0xFF) << 8) | (content[position + 1] & 0xFF);
			position += length;
			if (length < 2 || position > content.length) {
				return Ending.DAMAGED;
			}
			if (marker == 0xDA) {
				position = endOfScan(content, position);
			}
		}
	}

	/** The position of the marker that ends a scan; inside it FF is followed only by 00 (stuffing) or a restart. */
	private static int endOfScan(byte[] content, int position) {
		for (; position + 1 < content.length; position++) {
			int next = content[position + 1] & 0xFF;
			if (content[position] == (byte) 0xFF && next != 0x00 && next != 0xFF && !isRestart(next)) {
				return position;
			}
		}
		return content.length;
	}

	private static boolean isRestart(int marker) {
		return marker >= 0xD0 && marker <= 0xD7;
	}

	/**
	 * Walks the PNG's chunks to IEND, checking each chunk's CRC. The PNG reader ignores CRCs: zlib's checksum catches
	 * damage to the pixels, but a flipped byte in the palette would pass as a photo in the wrong colours.
	 */
	private static Ending pngEnding(byte[] content) {
		CRC32 crc = new CRC32();
		int position = PNG.length;
		while (content.length - position >= 12) {
			long length = unsigned32(content, position);
			if (length > content.length - position - 12) {
				return Ending.DAMAGED;
			}
			int end = position + 8 + (int) length;
			crc.reset();
			crc.update(content, position + 4, (int) length + 4);
			if (crc.getValue() != unsigned32(content, end)) {
				return Ending.DAMAGED;
			}
			boolean last = Arrays.equals(content, position + 4, position + 8, IEND, 0, IEND.length);
			position = end + 4;
			if (last) {
				return (position == content.length) ? Ending.COMPLETE : Ending.TRAILING_DATA;
			}
		}
		return Ending.DAMAGED;
	}

	private static long unsigned32(byte[] content, int position) {
		return ((content[position] & 0xFFL) << 24) | ((content[position + 1] & 0xFFL) << 16)
				| ((content[position + 2] & 0xFFL) << 8) | (content[position + 3] & 0xFFL);
	}

}

package cn.zhicheng.portal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Whether bytes that start like a JPEG or PNG decode completely. The size the header declares is checked before any
 * pixel is read, since a small file can declare a huge image (a decompression bomb); the image is then decoded
 * subsampled to about a million pixels, so every byte is read and little memory is taken.
 */
public final class ImageCheck {

	/** What is wrong with an image, if anything. */
	public enum Result {

		OK, DAMAGED, TOO_MANY_PIXELS

	}

	private static final long DECODED_PIXELS = 1_000_000;

	private ImageCheck() {
	}

	/** @param jpeg JPEG when true, PNG otherwise (as the caller found from the signature) */
	public static Result check(byte[] bytes, boolean jpeg, long maxPixels) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(jpeg ? "jpeg" : "png").next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, false, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels <= 0) {
				return Result.DAMAGED;
			}
			if (pixels > maxPixels) {
				return Result.TOO_MANY_PIXELS;
			}
			return decodes(reader, jpeg, pixels) ? Result.OK : Result.DAMAGED;
		}
		catch (IOException | RuntimeException ex) {
			// ImageIO's readers report a malformed stream with any of several runtime exceptions.
			return Result.DAMAGED;
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
	private static boolean decodes(ImageReader reader, boolean jpeg, long pixels) throws IOException {
		AtomicBoolean corrupt = new AtomicBoolean();
		reader.addIIOReadWarningListener((source, warning) -> {
			if (warning.startsWith("Corrupt JPEG data")) {
				corrupt.set(true);
			}
		});
		ImageReadParam param = reader.getDefaultReadParam();
		int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
		param.setSourceSubsampling(step, step, 0, 0);
		if (jpeg) {
			reader.readRaster(0, param);
		}
		else {
			reader.read(0, param);
		}
		return !corrupt.get();
	}

}

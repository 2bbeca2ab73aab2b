package cn.zhicheng.portal.account;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import cn.zhicheng.portal.account.domain.PhotoCheck;
import cn.zhicheng.portal.account.domain.PhotoCheck.Accepted;
import cn.zhicheng.portal.account.domain.PhotoCheck.Refused;
import cn.zhicheng.portal.account.domain.PhotoInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Every fixture is made here, in code: a photo, or a file pretending to be one. */
class PhotoInspectorTests {

	/** Bound the way Spring binds it, so the {@code @DefaultValue}s are what is tested. */
	private static final PhotoPolicy POLICY = new Binder(new MapConfigurationPropertySource())
		.bindOrCreate("portal.photo", PhotoPolicy.class);

	private final PhotoInspector inspector = new PhotoInspector(POLICY);

	@Test
	void defaultsAreFiveHundredKilobytesAndBigOneInchAtThreeHundredDpi() {
		assertThat(POLICY).isEqualTo(new PhotoPolicy(512_000, 390, 567, 33, 48, 0.05, 25_000_000, 0.9f));
		assertThat(POLICY.maxKilobytes()).isEqualTo(500);
		assertThat(POLICY.hintArguments()).containsExactly(390, 567, 500L, 33, 48);
	}

	@Test
	void acceptsABigOneInchJpegAndStoresAReencodedCopyWithoutExif() throws IOException {
		byte[] upload = withSegmentAfterSoi(jpeg(portrait(390, 567)), exifWithThumbnail());

		Accepted accepted = accepted(upload);

		assertThat(accepted.width()).isEqualTo(390);
		assertThat(accepted.height()).isEqualTo(567);
		assertThat(accepted.jpeg()).isNotEqualTo(upload).startsWith(0xFF, 0xD8, 0xFF);
		assertThat(markersBeforeScan(upload)).contains(0xE1);
		assertThat(markersBeforeScan(accepted.jpeg())).doesNotContain(0xE1);
		assertThat(new String(accepted.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS");
		BufferedImage stored = read(accepted.jpeg());
		assertThat(stored.getWidth()).isEqualTo(390);
		assertThat(stored.getHeight()).isEqualTo(567);
	}

	@Test
	void acceptsALargerPhotoOfTheSameShape() throws IOException {
		Accepted accepted = accepted(jpeg(portrait(413, 600)));

		assertThat(accepted.width()).isEqualTo(413);
		assertThat(read(accepted.jpeg()).getHeight()).isEqualTo(600);
	}

	@Test
	void acceptsAPngAndFlattensItsTransparencyOntoWhite() throws IOException {
		BufferedImage image = new BufferedImage(390, 567, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0, 0, 200));
		graphics.fillRect(195, 0, 195, 567);
		graphics.dispose();

		BufferedImage stored = read(accepted(png(image)).jpeg());

		assertThat(stored.getColorModel().hasAlpha()).isFalse();
		Color transparent = new Color(stored.getRGB(50, 300));
		assertThat(transparent.getRed()).isGreaterThan(245);
		assertThat(transparent.getGreen()).isGreaterThan(245);
		assertThat(new Color(stored.getRGB(300, 300)).getBlue()).isGreaterThan(180);
	}

	@Test
	void acceptsAGrayscaleJpegAndStoresItAsRgb() throws IOException {
		BufferedImage gray = new BufferedImage(390, 567, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = gray.createGraphics();
		graphics.drawImage(portrait(390, 567), 0, 0, null);
		graphics.dispose();

		BufferedImage stored = read(accepted(jpeg(gray)).jpeg());

		assertThat(stored.getColorModel().getColorSpace().getType()).isEqualTo(ColorSpace.TYPE_RGB);
		assertThat(stored.getRaster().getNumBands()).isEqualTo(3);
	}

	@Test
	void acceptsACmykJpegAndStoresItAsRgb() throws IOException {
		// Adobe (Photoshop) CMYK stores ink inverted: 255 in every channel is no ink, a white page.
		WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 390, 567, 4, null);
		int[] samples = new int[390 * 567 * 4];
		Arrays.fill(samples, 255);
		cmyk.setPixels(0, 0, 390, 567, samples);
		byte[] adobe = { (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0 };

		BufferedImage stored = read(accepted(withSegmentAfterSoi(jpeg(cmyk), adobe)).jpeg());

		assertThat(stored.getColorModel().getColorSpace().getType()).isEqualTo(ColorSpace.TYPE_RGB);
		assertThat(new Color(stored.getRGB(100, 100)).getGreen()).isGreaterThan(245);
	}

	@Test
	void acceptsAPalettePng() {
		assertThat(inspector.inspect(png(indexed()))).isInstanceOf(Accepted.class);
	}

	@Test
	void allowsZeroPaddingAfterTheEndOfAJpeg() {
		assertThat(inspector.inspect(concat(jpeg(portrait(390, 567)), new byte[64]))).isInstanceOf(Accepted.class);
	}

	@ParameterizedTest
	@MethodSource("refusedUploads")
	void refusesWithTheMostSpecificReason(byte[] upload, String messageKey) {
		assertThat(inspector.inspect(upload)).asInstanceOf(type(Refused.class))
			.extracting(Refused::messageKey)
			.isEqualTo(messageKey);
	}

	static Stream<Arguments> refusedUploads() {
		byte[] photo = jpeg(portrait(390, 567));
		byte[] pngPhoto = png(portrait(390, 567));
		return Stream.of(argumentSet("zero bytes", new byte[0], "photo.empty"),
				argumentSet("one byte", new byte[] { (byte) 0xFF }, "photo.unsupported-format"),
				argumentSet("a PDF named .jpg", text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
						"photo.unsupported-format"),
				argumentSet("a GIF", write(portrait(390, 567), "gif"), "photo.unsupported-format"),
				argumentSet("a BMP", write(portrait(33, 48), "bmp"), "photo.unsupported-format"),
				argumentSet("plain text", text("这不是照片 / not a photo"), "photo.unsupported-format"),
				argumentSet("HTML with a script", text("<html><script>alert(document.cookie)</script></html>"),
						"photo.unsupported-format"),
				argumentSet("a ZIP", zip(), "photo.unsupported-format"),
				argumentSet("a WebP", concat(text("RIFF"), new byte[4], text("WEBPVP8 ")),
						"photo.unsupported-format"),
				argumentSet("an iPhone HEIC", concat(new byte[] { 0, 0, 0, 24 }, text("ftypheic\0\0\0\0mif1heic")),
						"photo.unsupported-format.heic"),
				argumentSet("JPEG cut at 50 %", Arrays.copyOf(photo, photo.length / 2), "photo.damaged"),
				argumentSet("JPEG cut at 90 %", Arrays.copyOf(photo, photo.length * 9 / 10), "photo.damaged"),
				argumentSet("JPEG without EOI", Arrays.copyOf(photo, photo.length - 2), "photo.damaged"),
				argumentSet("JPEG cut at 50 % with an EOI stuck on",
						concat(Arrays.copyOf(photo, photo.length / 2), new byte[] { (byte) 0xFF, (byte) 0xD9 }),
						"photo.damaged"),
				argumentSet("JPEG SOI then garbage", concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
						noise(2000)), "photo.damaged"),
				argumentSet("JPEG SOI and SOF only", Arrays.copyOf(jpegHeader(20_000, 20_000), 21), "photo.damaged"),
				argumentSet("JPEG header claiming 20000 × 20000", jpegHeader(20_000, 20_000),
						"photo.too-many-pixels"),
				argumentSet("PNG header claiming 20000 × 20000", pngHeader(20_000, 20_000), "photo.too-many-pixels"),
				argumentSet("PNG signature then garbage", concat(Arrays.copyOf(pngPhoto, 8), noise(2000)),
						"photo.damaged"),
				argumentSet("PNG with flipped IDAT bytes", damageChunk(pngPhoto, "IDAT", false), "photo.damaged"),
				argumentSet("PNG with a broken IDAT and a matching CRC", damageChunk(pngPhoto, "IDAT", true),
						"photo.damaged"),
				argumentSet("PNG with a flipped palette byte", damageChunk(png(indexed()), "PLTE", false),
						"photo.damaged"),
				argumentSet("PNG cut at 50 %", Arrays.copyOf(pngPhoto, pngPhoto.length / 2), "photo.damaged"),
				argumentSet("PNG without IEND", Arrays.copyOf(pngPhoto, pngPhoto.length - 12), "photo.damaged"),
				argumentSet("一寸 295 × 413", jpeg(portrait(295, 413)), "photo.too-small.one-inch"),
				argumentSet("小一寸 259 × 377", jpeg(portrait(259, 377)), "photo.too-small.one-inch"),
				argumentSet("a small landscape 200 × 100", jpeg(portrait(200, 100)), "photo.too-small"),
				argumentSet("landscape 800 × 600", jpeg(portrait(800, 600)), "photo.wrong-aspect.landscape"),
				argumentSet("square 390 × 390, too small before its shape is judged", jpeg(portrait(390, 390)),
						"photo.too-small"),
				argumentSet("square 567 × 567", jpeg(portrait(567, 567)), "photo.wrong-aspect"),
				argumentSet("tall 390 × 700", jpeg(portrait(390, 700)), "photo.wrong-aspect"),
				argumentSet("PNG 600 × 600", png(portrait(600, 600)), "photo.wrong-aspect"),
				argumentSet("noise JPEG over 500 KB", noiseJpeg(), "photo.too-large"),
				argumentSet("JPEG followed by a ZIP", concat(photo, zip()), "photo.trailing-data"),
				argumentSet("JPEG followed by HTML", concat(photo, text("<script>alert(1)</script>")),
						"photo.trailing-data"),
				argumentSet("JPEG followed by a payload ending in EOI",
						concat(photo, text("<script>alert(1)</script>"), new byte[] { (byte) 0xFF, (byte) 0xD9 }),
						"photo.trailing-data"),
				argumentSet("PNG followed by bytes after IEND", concat(pngPhoto, text("PK\3\4 hidden")),
						"photo.trailing-data"));
	}

	@Test
	void refusesAHugeHeaderFastBeforeDecodingAnything() {
		PhotoCheck check = assertTimeout(Duration.ofSeconds(2), () -> inspector.inspect(jpegHeader(20_000, 20_000)));

		assertThat(check).isEqualTo(new Refused("photo.too-many-pixels", 20_000, 20_000, 25_000_000L));
	}

	@Test
	void saysHowLargeTheFileIsAndTheLimit() {
		byte[] upload = noiseJpeg();

		assertThat(inspector.inspect(upload))
			.isEqualTo(new Refused("photo.too-large", (upload.length + 1023L) / 1024, 500L));
	}

	@Test
	void saysAOneInchPhotoLooksLikeOneAndWhatIsRequired() {
		assertThat(inspector.inspect(jpeg(portrait(295, 413))))
			.isEqualTo(new Refused("photo.too-small.one-inch", 295, 413, 390, 567, 33, 48));
	}

	@Test
	void saysTheActualDimensionsAndTheRequiredRatio() {
		assertThat(inspector.inspect(jpeg(portrait(800, 600))))
			.isEqualTo(new Refused("photo.wrong-aspect.landscape", 800, 600, 33, 48, 0.05));
		assertThat(inspector.inspect(jpeg(portrait(390, 700))))
			.isEqualTo(new Refused("photo.wrong-aspect", 390, 700, 33, 48, 0.05));
	}

	@Test
	void theLimitsAreConfiguration() {
		PhotoInspector strict = new PhotoInspector(new PhotoPolicy(512_000, 413, 600, 33, 48, 0.05, 25_000_000, 0.9f));

		assertThat(strict.inspect(jpeg(portrait(390, 567)))).isInstanceOf(Refused.class);
		assertThat(strict.inspect(jpeg(portrait(413, 600)))).isInstanceOf(Accepted.class);
	}

	private Accepted accepted(byte[] upload) {
		return assertThat(inspector.inspect(upload)).asInstanceOf(type(Accepted.class)).actual();
	}

	/** A smooth picture, which JPEG compresses well, with a face-ish oval so it is not one flat colour. */
	private static BufferedImage portrait(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, new Color(255 * x / width, 255 * y / height, 200).getRGB());
			}
		}
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(230, 190, 160));
		graphics.fillOval(width / 4, height / 6, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	private static byte[] jpeg(BufferedImage image) {
		return jpeg(new IIOImage(image, null, null), 0.9f);
	}

	private static byte[] jpeg(Raster raster) {
		return jpeg(new IIOImage(raster, null, null), 0.9f);
	}

	private static byte[] jpeg(IIOImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.setOutput(output);
			writer.write(null, image, param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** Random pixels at full quality: a photo of the right shape that is still far too large a file. */
	private static byte[] noiseJpeg() {
		BufferedImage image = new BufferedImage(600, 873, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(3);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		byte[] jpeg = jpeg(new IIOImage(image, null, null), 1.0f);
		assertThat(jpeg.length).isGreaterThan(512_000);
		return jpeg;
	}

	private static byte[] png(BufferedImage image) {
		return write(image, "png");
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			assertThat(ImageIO.write(image, format, bytes)).as("a %s writer", format).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static BufferedImage read(byte[] image) throws IOException {
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
		assertThat(read).as("decodes").isNotNull();
		return read;
	}

	/** SOI, a baseline SOF0 and an SOS header, and not one byte of the scan: all a reader needs for the size. */
	private static byte[] jpegHeader(int width, int height) {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8),
				(byte) height, (byte) (width >> 8), (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, (byte) 0xFF,
				(byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0 };
	}

	/** The PNG signature and a well-formed IHDR chunk (8-bit RGB), nothing else. */
	private static byte[] pngHeader(int width, int height) {
		byte[] ihdr = { (byte) (width >> 24), (byte) (width >> 16), (byte) (width >> 8), (byte) width,
				(byte) (height >> 24), (byte) (height >> 16), (byte) (height >> 8), (byte) height, 8, 2, 0, 0, 0 };
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, chunk("IHDR", ihdr));
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeAndData = concat(text(type), data);
		CRC32 crc = new CRC32();
		crc.update(typeAndData);
		return concat(int32(data.length), typeAndData, int32((int) crc.getValue()));
	}

	/**
	 * Damages the first chunk of the type: either flips bytes in the middle of it, leaving its CRC wrong, or flips its
	 * first bytes (for IDAT, the zlib header) and writes a CRC that matches, as a careless encoder would.
	 */
	private static byte[] damageChunk(byte[] png, String type, boolean fixCrc) {
		byte[] damaged = png.clone();
		int position = 8;
		while (!new String(damaged, position + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
			position += 12 + readInt32(damaged, position);
		}
		int length = readInt32(damaged, position);
		int data = position + 8;
		int from = fixCrc ? data : data + length / 2;
		for (int i = from; i < Math.min(from + 8, data + length); i++) {
			damaged[i] ^= (byte) 0xFF;
		}
		if (fixCrc) {
			CRC32 crc = new CRC32();
			crc.update(damaged, position + 4, length + 4);
			System.arraycopy(int32((int) crc.getValue()), 0, damaged, data + length, 4);
		}
		return damaged;
	}

	/** The portrait in a 256-colour palette, so the PNG has a PLTE chunk. */
	private static BufferedImage indexed() {
		BufferedImage indexed = new BufferedImage(390, 567, BufferedImage.TYPE_BYTE_INDEXED);
		Graphics2D graphics = indexed.createGraphics();
		graphics.drawImage(portrait(390, 567), 0, 0, null);
		graphics.dispose();
		return indexed;
	}

	/** An APP1 Exif segment with a GPS tag's name and an embedded thumbnail, whose own EOI must not end the photo. */
	private static byte[] exifWithThumbnail() {
		byte[] thumbnail = jpeg(portrait(33, 48));
		byte[] body = concat(text("Exif\0\0MM\0*\0\0\0\b\0\0\0\0\0\0GPSLatitude 23.1291 N"), thumbnail);
		return concat(new byte[] { (byte) 0xFF, (byte) 0xE1 }, new byte[] { (byte) ((body.length + 2) >> 8),
				(byte) (body.length + 2) }, body);
	}

	private static byte[] withSegmentAfterSoi(byte[] jpeg, byte[] segment) {
		return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** The markers of the segments before the first scan, where APPn metadata lives. */
	private static List<Integer> markersBeforeScan(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int position = 2;
		while (position + 4 <= jpeg.length && jpeg[position] == (byte) 0xFF) {
			int marker = jpeg[position + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			position += 2 + (((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF));
		}
		return markers;
	}

	private static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("payload.html"));
			zip.write(text("<script>alert(1)</script>"));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] noise(int length) {
		byte[] noise = new byte[length];
		new Random(7).nextBytes(noise);
		return noise;
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] int32(int value) {
		return new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}

	private static int readInt32(byte[] bytes, int position) {
		return ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
				| ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			bytes.writeBytes(part);
		}
		return bytes.toByteArray();
	}

}

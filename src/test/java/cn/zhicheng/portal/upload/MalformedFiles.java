package cn.zhicheng.portal.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;


import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Real files and the malformed ones an uploader might send by mistake or on purpose, made on the spot: renamed
 * executables and web pages, truncated and corrupt images and PDFs, polyglots, decompression and zip bombs, ZIPs
 * naming paths outside themselves. Each payload has a label for the report.
 */
final class MalformedFiles {

	private static final Random random = new Random(20261123);

	private MalformedFiles() {
	}

	/** Payloads no upload point may store, whatever the name they travel under. */
	static Map<String, byte[]> everywhere() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		byte[] pdf = pdf();
		byte[] jpeg = photoJpeg();
		byte[] png = image("png", 390, 567);
		files.put("zero bytes", new byte[0]);
		files.put("one byte", new byte[] { 0x25 });
		files.put("HTML page", text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"));
		files.put("SVG with script", text("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
				+ "onload=\"alert(1)\"><script>alert(2)</script></svg>"));
		files.put("PHP script", text("<?php system($_GET['c']); ?>"));
		files.put("Windows EXE", exe());
		files.put("ELF binary", concat(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 }, noise(2048)));
		files.put("GIF image", concat(text("GIF89a"), new byte[] { 1, 0, 1, 0, (byte) 0x80, 0, 0 }, noise(64)));
		files.put("BMP image", concat(text("BM"), noise(512)));
		files.put("HEIC photo", heic());
		files.put("random noise", noise(4096));
		files.put("NUL padding", new byte[1024]);
		files.put("UTF-16 text", "\uFEFF姓名,证书编号".getBytes(StandardCharsets.UTF_16LE));
		files.put("plain ZIP", zip(Map.of("payload.txt", text("not an office file"))));
		files.put("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length / 2));
		files.put("JPEG header only", concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, noise(256)));
		files.put("corrupt JPEG scan", corruptScan(jpeg));
		files.put("JPEG then HTML", concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
				text("<html><script>alert(1)</script></html>")));
		files.put("truncated PNG", Arrays.copyOf(png, png.length / 2));
		files.put("PNG with a bad CRC", badCrc(png));
		files.put("PNG bomb 100000×100000", pngBomb(100_000, 100_000));
		files.put("JPEG bomb 65000×65000", jpegBomb(65_000, 65_000));
		files.put("PDF header and EOF only", text("%PDF-1.7\n%%EOF\n"));
		files.put("PDF header around HTML", text("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"));
		files.put("PDF header around a ZIP", concat(text("%PDF-1.4\n"), zip(Map.of("a.txt", text("x"))), text("\n%%EOF")));
		files.put("truncated PDF", Arrays.copyOf(pdf, pdf.length / 2));
		files.put("PDF with HTML appended", concat(pdf, text("<html><script>alert(1)</script></html>")));
		files.put("PDF with JavaScript", scriptedPdf());
		files.put("password-protected PDF", encryptedPdf());
		files.put("xlsx that is not a ZIP", concat(new byte[] { 'P', 'K', 3, 4 }, noise(1024)));
		files.put("zip bomb in a workbook", zipBomb());
		files.put("workbook naming ../", workbookWith("../../../../tmp/evil.sh"));
		files.put("workbook naming /etc", workbookWith("/etc/cron.d/evil"));
		files.put("OLE header and noise", concat(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
				(byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }, noise(1024)));
		return files;
	}

	/** A real one-page PDF, as OpenPDF writes it. */
	static byte[] pdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Certificate"));
		document.close();
		return out.toByteArray();
	}

	/** A 大一寸 photo (390 × 567) the photo point takes. */
	static byte[] photoJpeg() {
		return image("jpeg", 390, 567);
	}

	static byte[] image(String format, int width, int height) {
		return cn.zhicheng.portal.application.attachment.Samples.image(format, width, height);
	}

	/** A real .xlsx, as POI writes it. */
	static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("姓名");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code size} bytes that start like a valid file of the point but are over its limit. */
	static byte[] oversize(byte[] head, long size) {
		byte[] big = new byte[Math.toIntExact(size)];
		System.arraycopy(head, 0, big, 0, Math.min(head.length, big.length));
		return big;
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] noise(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] exe() {
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	private static byte[] heic() {
		return concat(new byte[] { 0, 0, 0, 0x18 }, text("ftypheic"), new byte[4], text("mif1heic"), noise(256));
	}

	/** The scan's middle overwritten with markers libjpeg cannot take. */
	private static byte[] corruptScan(byte[] jpeg) {
		byte[] corrupt = jpeg.clone();
		for (int i = corrupt.length / 2; i < corrupt.length / 2 + 64; i += 2) {
			corrupt[i] = (byte) 0xFF;
			corrupt[i + 1] = (byte) 0xD4;
		}
		return corrupt;
	}

	/** A palette byte flipped after the CRC was written: the PNG reader alone would not notice. */
	private static byte[] badCrc(byte[] png) {
		byte[] bad = png.clone();
		bad[20] ^= 0x01; // inside IHDR's width/height/bit depth
		return bad;
	}

	/** A valid PNG of a few hundred bytes whose header declares {@code width × height} pixels. */
	private static byte[] pngBomb(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
		deflater.setInput(new byte[width + 1]);
		deflater.finish();
		byte[] idat = new byte[4096];
		int length = deflater.deflate(idat);
		chunk(out, "IDAT", Arrays.copyOf(idat, length));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A real small JPEG whose frame header is rewritten to declare {@code width × height}. */
	private static byte[] jpegBomb(int width, int height) {
		byte[] jpeg = image("jpeg", 64, 64);
		for (int i = 2; i + 8 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("no SOF0 marker");
	}

	private static byte[] scriptedPdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		writer.addJavaScript("app.alert('hello');");
		document.add(new Paragraph("Scripted"));
		document.close();
		return out.toByteArray();
	}

	/**
	 * A real PDF whose trailer names an encryption dictionary, as a password-protected file's does. (OpenPDF encrypts
	 * only with BouncyCastle, which the portal does not carry.)
	 */
	private static byte[] encryptedPdf() {
		String pdf = new String(pdf(), StandardCharsets.ISO_8859_1);
		int trailer = pdf.lastIndexOf("trailer");
		int open = pdf.indexOf("<<", trailer) + 2;
		return (pdf.substring(0, open) + "/Encrypt <</Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4>> "
				+ pdf.substring(open)).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A workbook's parts plus 16 MB of zeros that deflate to about 16 KB (1000:1; real sheets stay under 100:1). */
	private static byte[] zipBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(text("<Types/>"));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write(text("<workbook/>"));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(text("<document/>"));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 16; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A workbook's (and a document's) parts plus an entry named {@code name}. */
	private static byte[] workbookWith(String name) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", text("<Types/>"));
		entries.put("xl/workbook.xml", text("<workbook/>"));
		entries.put("word/document.xml", text("<document/>"));
		entries.put(name, text("#!/bin/sh\nrm -rf /\n"));
		return zip(entries);
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

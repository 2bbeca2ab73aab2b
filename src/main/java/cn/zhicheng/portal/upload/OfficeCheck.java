package cn.zhicheng.portal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Whether bytes are a real Office file. An Office Open XML file (.docx, .xlsx) is a ZIP holding
 * {@code [Content_Types].xml} and its main part (ECMA-376 Part 2); it is read through once, so a ZIP that inflates
 * far beyond its size (a zip bomb), names a path outside itself ({@code ../}, an absolute or drive path), holds one
 * name twice or has absurdly many entries is refused before any reader unpacks it. A legacy file (.doc, .xls) is an
 * OLE2 compound file that parses and holds its main stream.
 */
public final class OfficeCheck {

	/** What is wrong with an Office file, if anything. */
	public enum Result {

		OK, NOT_OFFICE, UNSAFE

	}

	/** POI's own floor (ZipSecureFile's minimum inflate ratio, 1 %): real documents stay far above it. */
	private static final long MAX_RATIO = 100;

	/** Below this an entry may inflate as it likes: tiny parts of repeated XML compress very well. */
	private static final long RATIO_GRACE = 1024 * 1024;

	private static final long MAX_TOTAL = 512L * 1024 * 1024;

	private static final int MAX_ENTRIES = 10_000;

	private OfficeCheck() {
	}

	public static Result ooxml(byte[] bytes, String mainPart) {
		return ooxml(new ByteArrayInputStream(bytes), mainPart);
	}

	/** @param mainPart {@code word/document.xml} for a document, {@code xl/workbook.xml} for a workbook */
	public static Result ooxml(InputStream input, String mainPart) {
		Set<String> names = new HashSet<>();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(input)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (!safeName(name) || !names.add(name) || names.size() > MAX_ENTRIES) {
					return Result.UNSAFE;
				}
				long size = 0;
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					size += read;
					total += read;
					// An entry followed by a data descriptor learns its compressed size only at its end.
					boolean sized = entry.getCompressedSize() > 0;
					if (total > MAX_TOTAL || (sized && inflatesTooFar(size, entry.getCompressedSize()))) {
						return Result.UNSAFE;
					}
				}
				if (inflatesTooFar(size, entry.getCompressedSize())) {
					return Result.UNSAFE;
				}
			}
		}
		catch (IOException | IllegalArgumentException broken) {
			// Not a ZIP, a damaged one, or a name that is not valid UTF-8.
			return Result.NOT_OFFICE;
		}
		return names.contains("[Content_Types].xml") && names.contains(mainPart) ? Result.OK : Result.NOT_OFFICE;
	}

	/** @param mainStream {@code WordDocument} for a document, {@code Workbook} (or {@code Book}) for a workbook */
	public static Result ole(byte[] bytes, Set<String> mainStream) {
		try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return file.getRoot().getEntryNames().stream().anyMatch(mainStream::contains) ? Result.OK : Result.NOT_OFFICE;
		}
		catch (IOException | RuntimeException broken) {
			// POI reports a damaged compound file with IOException or one of several runtime exceptions.
			return Result.NOT_OFFICE;
		}
	}

	private static boolean inflatesTooFar(long size, long compressed) {
		return size > RATIO_GRACE && (compressed <= 0 || size > compressed * MAX_RATIO);
	}

	private static boolean safeName(String name) {
		if (name.isEmpty() || name.length() > 1024 || name.startsWith("/") || name.contains("\\")
				|| name.contains(":")) {
			return false;
		}
		for (String segment : name.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".")) {
				return false;
			}
		}
		return name.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
	}

}

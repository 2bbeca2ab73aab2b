package cn.zhicheng.portal.application.pack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.LongConsumer;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.jdbc.core.JdbcTemplate;


/**
 * Files of a committee of its own (so no other test's files join the pack), driven through the services as in
 * {@link CommitteeFiles}: filed in the 2025 window with attachments uploaded before the submit, through the unit's
 * 评前公示, the county and the city, stopping at the stage asked for.
 */
final class PackFiles {

	static final String COMMITTEE = "清远市工程系列材料包测试中级职称评审委员会";

	enum Stage {
		CITY_REVIEW, ACCEPTED, IN_COMMITTEE_REVIEW
	}

	private final CommitteeFiles files;

	private final JdbcTemplate jdbc;

	PackFiles(CommitteeFiles files, JdbcTemplate jdbc) {
		this.files = files;
		this.jdbc = jdbc;
	}

	/** The test committee in 清远, for 中级 生态环境监测, its 2025 window 2026-01-05 to 2026-03-31. */
	long committee() {
		jdbc.update("""
				insert into committee (name, region_id, lowest_level, highest_level, office_name, series_id)
				select ?, region_id, 'INTERMEDIATE', 'INTERMEDIATE', '材料包测试评委会办公室', series_id
				from committee where name = ? on conflict (name) do nothing""", COMMITTEE, CommitteeFiles.COMMITTEE);
		long id = files.committee(COMMITTEE);
		jdbc.update("""
				insert into committee_specialty (committee_id, specialty_id)
				select ?, id from specialty where name = '生态环境监测' on conflict do nothing""", id);
		jdbc.update("""
				insert into intake_window (committee_id, review_year, opens_on, closes_on)
				values (?, 2025, date '2026-01-05', date '2026-03-31') on conflict do nothing""", id);
		return id;
	}

	/** Files for 工程师 with {@code committee}, uploads through {@code attach} before the submit, drives to {@code stop}. */
	long file(PortalUser applicant, long committee, Stage stop, LongConsumer attach) {
		return files.file(applicant, committee, attach, ApplicationStatus.valueOf(stop.name()));
	}

	/** An attachment the upload check would refuse, put straight into the tables: a PDF that is not one. */
	long brokenPdf(long applicationId, long uploader, String fileName, byte[] bytes) {
		Long id = jdbc.queryForObject("""
				insert into application_attachment (application_id, section, file_name, content_type, size_bytes,
				                                    sha256, uploaded_by, uploaded_at)
				values (?, 'ACHIEVEMENTS', ?, 'application/pdf', ?, ?, ?, ?) returning id""", Long.class,
				applicationId, fileName, bytes.length, HexFormat.of().formatHex(sha256(bytes)), uploader,
				Timestamp.from(Instant.now()));
		jdbc.update("insert into application_attachment_content (attachment_id, content) values (?, ?)", id, bytes);
		return id;
	}

	/** A PDF of {@code pages} pages, each with a line of text. */
	static byte[] pdf(String text, int pages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		for (int page = 1; page <= pages; page++) {
			if (page > 1) {
				document.newPage();
			}
			document.add(new Paragraph(text + " page " + page));
		}
		document.close();
		return out.toByteArray();
	}

	static byte[] image(String format, Color color) {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 120, 80);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

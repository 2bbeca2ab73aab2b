package cn.zhicheng.portal.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo applicant's records and photo, so that 李明 can file a complete 评审申请 for 工程师 in the demo: 学历 and
 * 工作经历 archived (入库) by an earlier case, as the guide's 提示2 describes, and the recent 继续教育, 考核 and 业绩 still
 * editable. Written once: nothing is added when the applicant already has records or a photo.
 */
final class DemoApplicantFile {

	private DemoApplicantFile() {
	}

	static void complete(JdbcTemplate jdbc, PersonalRecords records, Clock clock) {
		Long applicant = jdbc.queryForObject("select id from user_account where username = 'demo-applicant'",
				Long.class);
		if (applicant == null) {
			return;
		}
		if (records.educations(applicant).isEmpty()) {
			addRecords(jdbc, records, applicant, clock);
		}
		jdbc.update("""
				insert into person_photo (account_id, content, width, height, uploaded_at) values (?, ?, 390, 567, ?)
				on conflict (account_id) do nothing""", applicant, portrait(), Timestamp.from(clock.instant()));
	}

	private static void addRecords(JdbcTemplate jdbc, PersonalRecords records, long applicant, Clock clock) {
		records.add(applicant, new EducationEntry("华南理工大学", "环境工程", Education.BACHELOR, true,
				LocalDate.of(2006, 9, 1), LocalDate.of(2010, 7, 1), "105611201005001234"));
		records.add(applicant, new WorkEntry("清远市清城区环境监测站", LocalDate.of(2010, 7, 15), null, "监测室技术负责人",
				"水和废水、环境空气的采样与实验室分析，监测方案编制与质量控制", "王建国"));
		records.add(applicant, new AchievementEntry(AchievementKind.PROJECT, "清城区饮用水源地水质例行监测", "主要完成人（排名第2）",
				"区级", LocalDate.of(2018, 6, 30), "负责采样方案与实验室质量控制"));
		// Archived as if an earlier case had ended (提示2): reusable, no longer editable.
		jdbc.update("update education_record set archived_at = ? where owner_id = ?",
				Timestamp.from(clock.instant()), applicant);
		jdbc.update("update work_record set archived_at = ? where owner_id = ?", Timestamp.from(clock.instant()),
				applicant);
		jdbc.update("update achievement_record set archived_at = ? where owner_id = ?",
				Timestamp.from(clock.instant()), applicant);
		// The last five 年度 up to the one being filed now, so the demo file stays complete whatever the date.
		int last = ReviewYears.current(LocalDate.now(clock));
		for (int year = last - 4; year <= last; year++) {
			records.add(applicant, new TrainingEntry(year, 30, 60, 12, "粤继教" + year + "0315"));
			records.add(applicant,
					new AppraisalEntry(year, year == last - 2 ? AppraisalResult.EXCELLENT : AppraisalResult.PASS));
		}
		records.add(applicant, new AchievementEntry(AchievementKind.PROJECT, "北江清远段水质自动监测站运维与数据审核",
				"项目技术负责人", "市级", LocalDate.of(2022, 12, 20), "建立自动站数据三级审核制度，数据有效率提升至95%以上"));
		records.add(applicant, new AchievementEntry(AchievementKind.PAPER, "北江清远段水质时空变化特征分析", "第一作者",
				"《环境科学与管理》", LocalDate.of(2024, 5, 15), null));
	}

	/** A plain 大一寸 portrait (390 × 567 px, DOMAIN.md §5.5): a blue background and a grey silhouette. */
	private static byte[] portrait() {
		BufferedImage image = new BufferedImage(390, 567, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0x43, 0x8E, 0xDB));
		g.fillRect(0, 0, 390, 567);
		g.setColor(new Color(0x5A, 0x5A, 0x5A));
		g.fillOval(120, 110, 150, 190);
		g.fillRoundRect(50, 330, 290, 300, 140, 140);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package cn.zhicheng.portal.application.reviewform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationFile.Applicant;
import cn.zhicheng.portal.application.ApplicationFile.CurrentTitle;
import cn.zhicheng.portal.application.ApplicationFile.Declaration;
import cn.zhicheng.portal.application.ApplicationFile.Header;
import cn.zhicheng.portal.application.ApplicationFile.Personal;
import cn.zhicheng.portal.application.ApplicationFile.Recommender;
import cn.zhicheng.portal.application.ApplicationFile.Unit;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;
import cn.zhicheng.portal.validation.Gender;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Application files for the review form's tests and benchmark: a complete, realistic one (ten records in each list, a
 * photo) and one with nothing filled in. Built without Spring, as the pdf module's samples are.
 */
final class ReviewFormSamples {

	static final long ID = 4711;

	static final String NAME = "王堃";

	static final String UNIT = "广州市天河区建设工程质量安全检测中心";

	static final String SPECIALTY = "建筑工程结构检测";

	static final String BASE_URL = "https://zc.example.cn";

	static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private ReviewFormSamples() {
	}

	static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/account", "i18n/validation", "i18n/catalog", "i18n/records",
				"i18n/reviewform");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static ReviewFormPdf renderer(PdfFonts fonts) {
		return new ReviewFormPdf(fonts, new FieldCell(fonts, "缺少：{0}"), messages(), CLOCK);
	}

	static ApplicationFile full() {
		return full(NAME);
	}

	static ApplicationFile full(String name) {
		List<StoredRecord<EducationEntry>> educations = new ArrayList<>();
		List<StoredRecord<WorkEntry>> works = new ArrayList<>();
		List<StoredRecord<TrainingEntry>> trainings = new ArrayList<>();
		List<StoredRecord<AchievementEntry>> achievements = new ArrayList<>();
		List<StoredRecord<AppraisalEntry>> appraisals = new ArrayList<>();
		Education[] levels = { Education.JUNIOR_COLLEGE, Education.BACHELOR, Education.MASTER };
		for (int i = 0; i < 10; i++) {
			LocalDate start = LocalDate.of(2000 + i, 9, 1);
			educations.add(record(i, new EducationEntry(i == 3 ? "华南理工大学" : "广东工业大学继续教育学院" + i, "土木工程（结构方向）",
					levels[i % 3], i % 2 == 0, start, start.plusYears(1).minusMonths(2), "10561120" + i + "00123")));
			works.add(record(i, new WorkEntry(i == 9 ? UNIT : "广州市第" + (i + 1) + "建筑工程有限公司",
					LocalDate.of(2005 + i * 2, 7, 1), i == 9 ? null : LocalDate.of(2007 + i * 2, 6, 30),
					i == 9 ? "结构检测室主任" : "技术员", "房屋建筑结构检测与鉴定、桩基检测、主体结构验收", "陈" + i + "工")));
			trainings.add(record(i, new TrainingEntry(2015 + i, 30, 60, 12, "GDJXJY" + (2015 + i) + "000" + i)));
			appraisals.add(record(i, new AppraisalEntry(2015 + i, i % 4 == 0 ? AppraisalResult.EXCELLENT
					: AppraisalResult.PASS)));
		}
		AchievementKind[] kinds = AchievementKind.values();
		for (int i = 0; i < 12; i++) {
			AchievementKind kind = kinds[i % kinds.length];
			achievements.add(record(i, new AchievementEntry(kind, switch (kind) {
				case PROJECT -> "广州国际金融城地下空间结构安全监测项目（第" + i + "期）";
				case PAPER -> "《既有建筑混凝土结构耐久性检测方法比较研究》" + i;
				case AWARD -> "广东省土木建筑学会科学技术奖" + i;
				case PATENT -> "一种钢筋保护层厚度无损检测装置" + i;
				case STANDARD -> "《建筑结构检测技术标准》广州市地方标准" + i;
			}, i % 3 == 0 ? "主持" : "第" + (i % 3 + 1) + "完成人", "省级 / 《广东土木与建筑》ISSN 1671-4563",
					LocalDate.of(2012 + i, 3, 15), "完成全部检测任务，出具报告120份，节约加固费用约300万元。")));
		}
		return new ApplicationFile(
				new Header(ID, "GZ2025-000123", ApplicationType.EVALUATION, 2025, ApplicationStatus.DRAFT, null,
						Instant.parse("2025-05-01T00:00:00Z")),
				new Applicant(42, name, Gender.MALE, LocalDate.of(1983, 4, 12), "440106198304121234", "13912345678",
						Education.MASTER, true),
				new Unit(7, UNIT, "广州市天河区住房和城乡建设局"),
				new Personal(LocalDate.of(2005, 7, 1), SPECIALTY, "检测室主任",
						new CurrentTitle("工程师", TitleLevel.INTERMEDIATE, ObtainedBy.EVALUATION,
								LocalDate.of(2016, 12, 20), 2016, "粤中职证字第1600123号", "广州市人力资源和社会保障局"),
						"获中级资格前主要从事桩基检测工作。", "任现职以来主持结构检测项目40余项，" + "编写检测报告".repeat(40)),
				educations, works, trainings, achievements, appraisals,
				new Declaration(3L, "工程技术", 11L, "建筑工程", TitleLevel.DEPUTY_SENIOR, "高级工程师", 5L,
						"广州市建筑工程技术高级职称评审委员会", Route.EXCEPTIONAL,
						List.of(new Recommender("刘建国", "正高级工程师", "华南理工大学"),
								new Recommender("黄海", "正高级工程师", "广东省建筑科学研究院"))),
				null, null);
	}

	/** A started application with nothing but the name and the type: every value the form needs is missing. */
	static ApplicationFile empty() {
		return new ApplicationFile(
				new Header(ID, "GZ2025-000124", ApplicationType.EVALUATION, 2025, ApplicationStatus.DRAFT, null,
						Instant.parse("2025-05-01T00:00:00Z")),
				new Applicant(42, NAME, null, null, null, null, null, false), null,
				new Personal(null, null, null, new CurrentTitle("工程师", TitleLevel.INTERMEDIATE, null, null, null, null,
						null), null, null),
				List.of(), List.of(), List.of(), List.of(), List.of(),
				new Declaration(null, null, null, null, null, null, null, null, Route.NORMAL, List.of()), null, null);
	}

	/** A 大一寸 JPEG as an upload would give, about 300 × 420 pixels. */
	static byte[] photo() {
		BufferedImage image = new BufferedImage(300, 420, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xC8, 0x1E, 0x1E));
		g.fillRect(0, 0, 300, 420);
		g.setColor(new Color(0xF0, 0xD0, 0xB0));
		g.fillOval(90, 80, 120, 150);
		g.setColor(new Color(0x20, 0x30, 0x60));
		g.fillRect(40, 260, 220, 160);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static <T extends cn.zhicheng.portal.records.RecordEntry> StoredRecord<T> record(int i, T entry) {
		return new StoredRecord<>(1000 + i, 0, null, entry);
	}

}

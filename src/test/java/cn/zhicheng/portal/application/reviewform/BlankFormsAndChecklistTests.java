package cn.zhicheng.portal.application.reviewform;

import java.io.IOException;
import java.util.List;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.ReissueReason;
import cn.zhicheng.portal.application.reviewform.BlankForms.BlankForm;
import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The blank companion forms and the 申报材料清单 for each business type, read back as text. */
class BlankFormsAndChecklistTests {

	private static final PdfFonts fonts = new PdfFonts();

	private static final MessageSource messages = ReviewFormSamples.messages();

	private final BlankForms blanks = new BlankForms(fonts, new FieldCell(fonts, "缺少：{0}"), messages);

	private final MaterialChecklist checklist = new MaterialChecklist(fonts, new FieldCell(fonts, "缺少：{0}"),
			messages);

	@Test
	void eachBlankFormIsOnePageWithItsTitleAndEmptyCells() throws IOException {
		assertThat(flat(blanks.render(BlankForm.PUBLIC_NOTICE))).contains("广东省专业技术人员申报职称评前公示情况表", "公示时间",
				"公示结果", "姓名");
		assertThat(flat(blanks.render(BlankForm.CATALOG))).contains("级职称送评材料目录单", "材料名称", "份数", "20");
		assertThat(flat(blanks.render(BlankForm.REGISTRATION))).contains("级职称申报人基本情况及评审登记表", "评委会表决",
				"应到人数");
		for (BlankForm form : BlankForm.values()) {
			byte[] pdf = blanks.render(form);
			try (PdfReader reader = new PdfReader(pdf)) {
				assertThat(reader.getNumberOfPages()).as(form.slug()).isEqualTo(1);
			}
			assertThat(pdf.length).isLessThan(60 * 1024);
			assertThat(flat(pdf)).doesNotContain("缺少");
		}
		assertThat(blanks.render("no-such-form")).isEmpty();
		assertThat(blanks.render("catalog")).isPresent();
	}

	@Test
	void anEvaluationListsGeneratedFormsAndOneCertificateAYear() throws IOException {
		ApplicationFile file = ReviewFormSamples.full();
		List<ChecklistItem> items = checklist.items(file);
		assertThat(items).filteredOn(ChecklistItem::generated)
			.extracting(ChecklistItem::downloadPath)
			.containsExactly("/forms/blank/catalog.pdf", "/applicant/applications/4711/review-form.pdf",
					"/forms/blank/registration.pdf", "/forms/blank/public-notice.pdf");
		assertThat(item(items, "reviewform.checklist.trainings").count()).isEqualTo(10);
		assertThat(item(items, "reviewform.checklist.appraisals").count()).isEqualTo(10);
		assertThat(item(items, "reviewform.checklist.degree-check").count()).isEqualTo(10);
		assertThat(item(items, "reviewform.checklist.recommendations").count()).isEqualTo(2);
		assertThat(items).extracting(ChecklistItem::messageKey).contains("reviewform.checklist.report")
			.doesNotContain("reviewform.checklist.id-card");

		String text = flat(checklist.render(file));
		assertThat(text).contains("申报材料清单", "GZ2025-000123", "评审申请", "高级工程师（副高级）", "《广东省职称评审表》",
				"继续教育证书", "破格申报：两名同级专家的推荐信", "本系统生成", "自备，打印装订", "以各评委会当年的申报通知为准");
	}

	@Test
	void aNormalRouteNeedsNoRecommendationLettersAndAReissueOnlyEvidence() {
		ApplicationFile full = ReviewFormSamples.full();
		ApplicationFile initial = with(full, ApplicationType.INITIAL_RECOGNITION, full.declaration().recommenders(),
				null);
		assertThat(checklist.items(initial)).extracting(ChecklistItem::messageKey)
			.doesNotContain("reviewform.checklist.report");
		ApplicationFile normal = new ApplicationFile(full.header(), full.applicant(), full.unit(), full.personal(),
				full.educations(), full.works(), full.trainings(), full.achievements(), full.appraisals(),
				new ApplicationFile.Declaration(null, null, null, null, null, null, null, null,
						cn.zhicheng.portal.eligibility.Route.NORMAL, List.of()),
				null, null);
		assertThat(checklist.items(normal)).extracting(ChecklistItem::messageKey)
			.doesNotContain("reviewform.checklist.recommendations");

		ApplicationFile reissue = with(full, ApplicationType.CERTIFICATE_REISSUE, List.of(),
				new ApplicationFile.Reissue("粤高职证字第001号", ReissueReason.LOST, "搬家遗失"));
		assertThat(checklist.items(reissue)).extracting(ChecklistItem::messageKey)
			.containsExactly("reviewform.checklist.reissue.certificate", "reviewform.checklist.reissue.LOST",
					"reviewform.checklist.id-card");
	}

	private static ApplicationFile with(ApplicationFile file, ApplicationType type,
			List<ApplicationFile.Recommender> recommenders, ApplicationFile.Reissue reissue) {
		ApplicationFile.Header h = file.header();
		return new ApplicationFile(new ApplicationFile.Header(h.id(), h.number(), type, h.reviewYear(), h.status(),
				h.submittedAt(), h.createdAt()), file.applicant(), file.unit(), file.personal(), file.educations(),
				file.works(), file.trainings(), file.achievements(), file.appraisals(), file.declaration(), reissue,
				null);
	}

	private static ChecklistItem item(List<ChecklistItem> items, String key) {
		return items.stream().filter(i -> i.messageKey().equals(key)).findFirst().orElseThrow();
	}

	private static String flat(byte[] pdf) throws IOException {
		return ReviewFormPdfTests.text(pdf).replaceAll("\\s", "");
	}

}

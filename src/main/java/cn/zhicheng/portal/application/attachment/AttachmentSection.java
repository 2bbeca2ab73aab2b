package cn.zhicheng.portal.application.attachment;

import java.util.Arrays;
import java.util.Optional;

import cn.zhicheng.portal.application.FilingStep;

/**
 * Where an attachment is filed: the proof that goes with one step of the wizard, so a reviewer finds the diploma next
 * to the education it proves. The names are stored in {@code application_attachment.section}.
 */
public enum AttachmentSection {

	/** 现职称证书、聘书. */
	PERSONAL(FilingStep.PERSONAL),
	/** 学历学位证书、学历认证. */
	EDUCATION(FilingStep.EDUCATION),
	/** 继续教育证书. */
	TRAINING(FilingStep.TRAINING),
	/** 业绩成果证明. */
	ACHIEVEMENTS(FilingStep.ACHIEVEMENTS),
	/** 年度考核表. */
	APPRAISAL(FilingStep.APPRAISAL),
	/** 破格专家推荐书 and other proof of the declaration. */
	DECLARATION(FilingStep.DECLARATION),
	/** 补发证明材料. */
	REISSUE(FilingStep.REISSUE);

	private final FilingStep step;

	AttachmentSection(FilingStep step) {
		this.step = step;
	}

	public FilingStep step() {
		return step;
	}

	/** The section whose files a wizard step shows, if that step takes any. */
	public static Optional<AttachmentSection> forStep(FilingStep step) {
		return Arrays.stream(values()).filter(section -> section.step == step).findFirst();
	}

}

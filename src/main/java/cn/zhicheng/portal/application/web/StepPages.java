package cn.zhicheng.portal.application.web;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.attachment.AttachmentPages;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The step pages that carry an attachment panel, drawn by the same handlers that answer their GET. */
@Component
class StepPages implements AttachmentPages {

	private final PersonalStepsController personal;

	private final RecordStepsController records;

	private final DeclarationStepController declaration;

	private final SubmitStepsController submit;

	StepPages(PersonalStepsController personal, RecordStepsController records, DeclarationStepController declaration,
			SubmitStepsController submit) {
		this.personal = personal;
		this.records = records;
		this.declaration = declaration;
		this.submit = submit;
	}

	@Override
	public String page(PortalUser user, long applicationId, FilingStep step, Model model) {
		return switch (step) {
			case PERSONAL -> personal.personal(user, applicationId, model);
			case EDUCATION, TRAINING, BEFORE, ACHIEVEMENTS, APPRAISAL ->
				records.show(user, applicationId, step.slug(), model);
			case DECLARATION -> declaration.show(user, applicationId, model);
			case REISSUE -> submit.reissue(user, applicationId, model);
			default -> throw new IllegalArgumentException("No attachment panel on the " + step + " page");
		};
	}

}

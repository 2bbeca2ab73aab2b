package cn.zhicheng.portal.application.attachment;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.FilingStep;

import org.springframework.ui.Model;

/**
 * The wizard page an attachment panel sits on, drawn again when a plain form POST is refused, so the applicant sees
 * the same page with the message beside the file field. The pages belong to {@code application.web}, which already
 * depends on this package; it implements this interface so the dependency keeps pointing one way.
 */
public interface AttachmentPages {

	/** Fills the model for the applicant's page of {@code step} and returns its view name. */
	String page(PortalUser user, long applicationId, FilingStep step, Model model);

}

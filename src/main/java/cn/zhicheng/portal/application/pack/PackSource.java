package cn.zhicheng.portal.application.pack;

import java.util.List;

import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.attachment.AttachmentView;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.application.reviewform.ReviewFormPdf;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * One file's material as its reviewer reads it, each read scoped again: a city reviewer's through
 * {@link ReviewService} (their city, in SQL), an administrator's, who has no reviewer's jurisdiction, through the
 * file's own applicant ({@link ApplicationService#fileOf}), the file having come from {@link PackScope}'s query.
 */
@Component
class PackSource {

	private final ReviewService reviews;

	private final ApplicationService applications;

	private final AttachmentService attachments;

	private final ReviewFormPdf reviewForm;

	private final Persons persons;

	private final PackProperties properties;

	PackSource(ReviewService reviews, ApplicationService applications, AttachmentService attachments,
			ReviewFormPdf reviewForm, Persons persons, PackProperties properties) {
		this.reviews = reviews;
		this.applications = applications;
		this.attachments = attachments;
		this.reviewForm = reviewForm;
		this.persons = persons;
		this.properties = properties;
	}

	/**
	 * The review form as the reviewers see it (no 预览 watermark) but with the ID and mobile numbers masked: the pack
	 * goes to external experts, who judge the work, not contact or identify the applicant. Null for a file type that
	 * has no form.
	 */
	byte @Nullable [] reviewForm(PortalUser viewer, PackedFile packed) {
		ApplicationFile file = asReviewer(viewer) ? applications.file(reviews.load(viewer, packed.id()))
				: applications.fileOf(packed.applicantId(), packed.id())
					.orElseThrow(() -> new ApplicationNotFoundException(packed.id()));
		if (!file.header().type().titleForm()) {
			return null;
		}
		byte[] photo = persons.photo(packed.applicantId()).orElse(null);
		return reviewForm.render(file.withMaskedContacts(), photo, false, properties.baseUrl()).pdf();
	}

	List<AttachmentView> attachments(PortalUser viewer, PackedFile packed) {
		return asReviewer(viewer) ? attachments.listForReviewer(viewer, packed.id())
				: attachments.list(packed.applicantId(), packed.id());
	}

	byte[] bytes(PortalUser viewer, PackedFile packed, AttachmentView attachment) {
		return (asReviewer(viewer) ? attachments.downloadForReviewer(viewer, packed.id(), attachment.id())
				: attachments.download(packed.applicantId(), packed.id(), attachment.id())).bytes();
	}

	private static boolean asReviewer(PortalUser viewer) {
		return viewer.role() != Role.ADMIN;
	}

}

package cn.zhicheng.portal.application.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's attachments: list, upload, download and delete, each on the applicant's own application only
 * ({@link ApplicationService#load} answers 404 for anyone else's) and, for changes, only while the applicant may still
 * edit the file. The log names ids and sizes, never a file name: names of scans often carry the person's name.
 */
@Service
@Transactional
public class AttachmentService {

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	private final ApplicationService applications;

	private final AttachmentRepository attachments;

	private final AttachmentStorage storage;

	private final AttachmentInspector inspector;

	private final AttachmentLimits limits;

	private final Clock clock;

	private final ReviewService reviews;

	AttachmentService(ApplicationService applications, AttachmentRepository attachments, AttachmentStorage storage,
			AttachmentInspector inspector, AttachmentLimits limits, ReviewService reviews, Clock clock) {
		this.applications = applications;
		this.reviews = reviews;
		this.attachments = attachments;
		this.storage = storage;
		this.inspector = inspector;
		this.limits = limits;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(long applicantId, long applicationId) {
		applications.load(applicantId, applicationId);
		return attachments.list(applicationId);
	}

	/** Every section's attachments, keyed by the section's name, each present even when empty (for the wizard pages). */
	@Transactional(readOnly = true)
	public Map<String, List<AttachmentView>> bySection(long applicantId, long applicationId) {
		Map<String, List<AttachmentView>> sections = new LinkedHashMap<>();
		for (AttachmentSection section : AttachmentSection.values()) {
			sections.put(section.name(), new ArrayList<>());
		}
		list(applicantId, applicationId).forEach(view -> sections.get(view.section().name()).add(view));
		return sections;
	}

	/**
	 * Checks the file by its content and stores it under a cleaned name.
	 * @throws AttachmentRefusedException when the file, the limits or the application's state do not allow it
	 */
	public AttachmentView upload(long applicantId, long applicationId, AttachmentSection section, String originalName,
			byte[] bytes) {
		ensureEditable(applications.load(applicantId, applicationId).status());
		FileType type = inspector.inspect(bytes);
		String sha256 = sha256(bytes);
		// Checked again under the row lock: a submit or another upload may have come in while the file was inspected.
		ensureEditable(ApplicationStatus.valueOf(attachments.lockStatus(applicationId)));
		AttachmentRepository.Usage usage = attachments.usage(applicationId, section, sha256);
		if (usage.duplicate()) {
			throw new AttachmentRefusedException("attachment.error.duplicate");
		}
		limits.checkRoom(usage.filesInSection(), usage.bytesInApplication(), bytes.length);
		String fileName = FileNames.clean(originalName, type);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long id = attachments.insert(applicationId, section, fileName, type.contentType(), bytes.length, sha256,
				applicantId, now);
		storage.store(id, bytes);
		log.info("Attachment {} ({}, {} bytes) added to application {} in {}", id, type, bytes.length, applicationId,
				section);
		return new AttachmentView(id, section, fileName, type.contentType(), bytes.length, now);
	}

	/** A file's attachments for a reviewer who holds it (jurisdiction checked in SQL, 404 otherwise). */
	@Transactional(readOnly = true)
	public List<AttachmentView> listForReviewer(PortalUser reviewer, long applicationId) {
		reviews.load(reviewer, applicationId);
		return attachments.list(applicationId);
	}

	@Transactional(readOnly = true)
	public Download downloadForReviewer(PortalUser reviewer, long applicationId, long attachmentId) {
		reviews.load(reviewer, applicationId);
		AttachmentView view = attachments.find(applicationId, attachmentId)
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		return new Download(view.fileName(), view.contentType(), storage.load(attachmentId));
	}

	@Transactional(readOnly = true)
	public Download download(long applicantId, long applicationId, long attachmentId) {
		applications.load(applicantId, applicationId);
		AttachmentView view = attachments.find(applicationId, attachmentId)
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		return new Download(view.fileName(), view.contentType(), storage.load(attachmentId));
	}

	/**
	 * Removes the attachment while the applicant may still edit the file.
	 * @return what was removed, so the page can say where
	 */
	public AttachmentView delete(long applicantId, long applicationId, long attachmentId) {
		applications.load(applicantId, applicationId);
		ensureEditable(ApplicationStatus.valueOf(attachments.lockStatus(applicationId)));
		AttachmentView view = attachments.find(applicationId, attachmentId)
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		storage.delete(attachmentId);
		attachments.delete(applicationId, attachmentId);
		log.info("Attachment {} removed from application {}", attachmentId, applicationId);
		return view;
	}

	private static void ensureEditable(ApplicationStatus status) {
		if (!status.editableByApplicant()) {
			throw new AttachmentRefusedException("attachment.error.not-editable");
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}

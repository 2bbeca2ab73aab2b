package cn.zhicheng.portal.application.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ReviewService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to a 评前公示: anyone may lodge one while the file is in its notice, and an open objection holds
 * the file until the unit records how it was resolved (人社部令第40号 Art. 16; DOMAIN.md §4.1, §7.1 step 2: the unit
 * signs its recommendation only when there are no objections). The public form is defended by a honeypot, a signed
 * minimum fill time, limits per client and per file, and a refusal of the same text twice; every refusal names a
 * reason the sender can act on and stores nothing.
 */
@Service
@Transactional
public class ObjectionService {

	private final PublicNotices notices;

	private final ObjectionRepository objections;

	private final ObjectionGuard guard;

	private final ObjectionSettings settings;

	private final ReviewService reviews;

	private final UnitAlerts alerts;

	private final MessageSource messages;

	private final Clock clock;

	ObjectionService(PublicNotices notices, ObjectionRepository objections, ObjectionGuard guard,
			ObjectionSettings settings, ReviewService reviews, UnitAlerts alerts, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.objections = objections;
		this.guard = guard;
		this.settings = settings;
		this.reviews = reviews;
		this.alerts = alerts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The signed stamp for the form shown now on the file's notice page. */
	public String stampFor(long applicationId) {
		return guard.issue(applicationId);
	}

	/**
	 * Stores the objection and holds the file; a file already held stays held, with one more objection to resolve.
	 * @throws ApplicationNotFoundException when the file is not in its notice
	 * @throws ObjectionRefusedException when a defence or rule refuses it
	 */
	public void lodge(long applicationId, LodgeObjection objection) {
		if (objection.honeypot() != null && !objection.honeypot().isEmpty()) {
			throw new ObjectionRefusedException("notice.objection.refused.honeypot");
		}
		switch (guard.check(applicationId, objection.stamp())) {
			case MISSING_OR_FORGED -> throw new ObjectionRefusedException("notice.objection.refused.stamp");
			case TOO_FAST -> throw new ObjectionRefusedException("notice.objection.refused.too-fast",
					Math.max(1, settings.minFillTime().toSeconds()));
			case TOO_OLD -> throw new ObjectionRefusedException("notice.objection.refused.too-old",
					settings.maxFormAge().toMinutes());
			case VALID -> {
			}
		}
		String text = objection.text().strip();
		if (text.length() < LodgeObjection.MIN_TEXT || text.length() > LodgeObjection.MAX_TEXT) {
			throw new ObjectionRefusedException("notice.objection.text.length");
		}
		String status = notices.lockInNotice(LocalDate.now(clock), applicationId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		Instant now = clock.instant();
		String client = guard.client(objection.clientAddress());
		if (objections.countFromClientSince(client, now.minus(Duration.ofHours(1))) >= settings.perClientPerHour()) {
			throw new ObjectionRefusedException("notice.objection.refused.client-limit", settings.perClientPerHour());
		}
		if (objections.countForFileSince(applicationId, now.minus(Duration.ofDays(1))) >= settings.perFilePerDay()) {
			throw new ObjectionRefusedException("notice.objection.refused.file-limit");
		}
		String textHash = ObjectionGuard.textHash(text);
		if (objections.exists(applicationId, textHash)) {
			throw new ObjectionRefusedException("notice.objection.refused.duplicate");
		}
		objections.insert(applicationId, now, blankToNull(objection.contactName()),
				blankToNull(objection.contactPhone()), text, textHash, client);
		if (ApplicationStatus.IN_PUBLIC_NOTICE.name().equals(status)) {
			reviews.holdForObjection(applicationId,
					messages.getMessage("notice.objection.hold-reason", null, Locale.SIMPLIFIED_CHINESE));
		}
		alerts.objectionLodged(applicationId);
	}

	/** The file's objections for its unit's officers, oldest first; another unit's file is not found. */
	@Transactional(readOnly = true)
	public List<ObjectionView> objectionsFor(PortalUser officer, long applicationId) {
		reviews.load(officer, applicationId);
		return objections.list(applicationId);
	}

	/**
	 * Records how one objection was resolved; when it was the last open one, the held file returns to its notice
	 * (and may be forwarded once the notice has run its working days).
	 * @throws ApplicationNotFoundException for a file outside the officer's unit
	 * @throws ObjectionRefusedException without a resolution, or when the objection is not open
	 */
	public void resolve(PortalUser officer, long applicationId, long objectionId, String resolution) {
		String text = resolution.strip();
		if (text.isEmpty() || text.length() > LodgeObjection.MAX_TEXT) {
			throw new ObjectionRefusedException("notice.resolution.length");
		}
		// Lock the file first, so that two officers resolving the last two objections at once cannot both see the
		// other's still open and leave the file held; the load after it reads the file as the lock left it.
		notices.lock(applicationId);
		Application app = reviews.load(officer, applicationId);
		if (!objections.resolve(applicationId, objectionId, text, officer.id(), clock.instant())) {
			throw new ObjectionRefusedException("notice.resolution.not-open");
		}
		if (objections.countOpen(applicationId) == 0 && app.status() == ApplicationStatus.HELD_BY_OBJECTION) {
			reviews.resolveObjection(officer, applicationId, null, text);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

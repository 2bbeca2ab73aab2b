package cn.zhicheng.portal.certificate.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.region.RegionView;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 证书信息更正申请 (issue #7 part 2): anyone whose certificate a lookup does not find may ask the city bureau of their
 * choice to correct the record; the bureau works through its own queue and records how each was resolved. The
 * public form stands up to scripts as the objection form does (issue #6 part 2): a honeypot, a signed minimum fill
 * time, limits per client and per ID number; a refusal names a reason and stores nothing.
 */
@Service
@Transactional
class CorrectionService {

	static final String AUDIT_SUBJECT = "CERTIFICATE_CORRECTION";

	static final int MAX_TEXT = 1000;

	private final CorrectionRepository corrections;

	private final CorrectionGuard guard;

	private final IdNumberHash hash;

	private final RegionDirectory regions;

	private final RegistrySettings settings;

	private final AuditLog audit;

	private final Clock clock;

	CorrectionService(CorrectionRepository corrections, CorrectionGuard guard, IdNumberHash hash,
			RegionDirectory regions, RegistrySettings settings, AuditLog audit, Clock clock) {
		this.corrections = corrections;
		this.guard = guard;
		this.hash = hash;
		this.regions = regions;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed stamp for a form shown now. */
	String stamp() {
		return guard.issue();
	}

	/** The cities a request can go to: every division of level CITY, by province then code. */
	@Transactional(readOnly = true)
	List<RegionView> cities() {
		return regions.children(Optional.empty())
			.stream()
			.flatMap(province -> regions.children(Optional.of(province.id())).stream())
			.filter(region -> region.level() == RegionLevel.CITY)
			.toList();
	}

	@Transactional(readOnly = true)
	boolean isCity(long regionId) {
		return regions.find(regionId).filter(region -> region.level() == RegionLevel.CITY).isPresent();
	}

	/**
	 * Stores the request for its city.
	 * @throws CorrectionRefusedException when a defence or limit refuses it
	 */
	long submit(SubmitCorrection request) {
		if (request.honeypot() != null && !request.honeypot().isEmpty()) {
			throw new CorrectionRefusedException("registry.correction.refused.honeypot");
		}
		switch (guard.check(request.stamp())) {
			case MISSING_OR_FORGED -> throw new CorrectionRefusedException("registry.correction.refused.stamp");
			case TOO_FAST -> throw new CorrectionRefusedException("registry.correction.refused.too-fast",
					Math.max(1, settings.minFillTime().toSeconds()));
			case TOO_OLD -> throw new CorrectionRefusedException("registry.correction.refused.too-old",
					settings.maxFormAge().toMinutes());
			case VALID -> {
			}
		}
		if (!isCity(request.cityId())) {
			throw new CorrectionRefusedException("registry.correction.city.required");
		}
		Instant now = clock.instant();
		String client = guard.client(request.clientAddress());
		if (corrections.countFromClientSince(client, now.minus(Duration.ofHours(1))) >= settings.perClientPerHour()) {
			throw new CorrectionRefusedException("registry.correction.refused.client-limit",
					settings.perClientPerHour());
		}
		String idHash = hash.of(request.idNumber());
		if (corrections.countForHolderSince(idHash, now.minus(Duration.ofDays(1))) >= settings.perIdNumberPerDay()) {
			throw new CorrectionRefusedException("registry.correction.refused.holder-limit");
		}
		return corrections.insert(request, idHash, Masking.idNumber(IdNumberHash.normalise(request.idNumber())),
				client, now);
	}

	/** A page of the reviewer's city's requests in one status, oldest first. */
	@Transactional(readOnly = true)
	CorrectionPage queue(PortalUser reviewer, CorrectionStatus status, @Nullable Long afterId) {
		List<CorrectionView> rows = corrections.page(city(reviewer), status, afterId, settings.pageSize() + 1);
		if (rows.size() <= settings.pageSize()) {
			return new CorrectionPage(rows, null);
		}
		List<CorrectionView> page = rows.subList(0, settings.pageSize());
		return new CorrectionPage(List.copyOf(page), page.getLast().id());
	}

	/** @throws CorrectionNotFoundException for a request of another city */
	@Transactional(readOnly = true)
	CorrectionView find(PortalUser reviewer, long id) {
		return corrections.find(city(reviewer), id).orElseThrow(() -> new CorrectionNotFoundException(id));
	}

	/**
	 * Records how the request was resolved.
	 * @throws CorrectionNotFoundException for a request of another city
	 * @throws CorrectionRefusedException without a note, or when the request is resolved already
	 */
	void resolve(PortalUser reviewer, long id, String note) {
		long city = city(reviewer);
		find(reviewer, id);
		String text = note.strip();
		if (text.isEmpty() || text.length() > MAX_TEXT) {
			throw new CorrectionRefusedException("registry.correction.resolution.length");
		}
		if (!corrections.resolve(city, id, text, reviewer.id(), clock.instant())) {
			throw new CorrectionRefusedException("registry.correction.resolution.not-open");
		}
		audit.record(new AuditEntry(reviewer.id(), reviewer.role().name(), "CERTIFICATE_CORRECTION_RESOLVED",
				AUDIT_SUBJECT, id, null));
	}

	/** The reviewer's city; a reviewer without one (or not a city reviewer) sees nothing. */
	private static long city(PortalUser reviewer) {
		if (reviewer.role() != Role.CITY_REVIEWER || reviewer.regionId() == null) {
			throw new CorrectionNotFoundException(0);
		}
		return reviewer.regionId();
	}

}

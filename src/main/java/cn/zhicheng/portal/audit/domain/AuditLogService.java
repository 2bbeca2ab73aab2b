package cn.zhicheng.portal.audit.domain;

import java.time.Clock;
import java.util.List;

import cn.zhicheng.portal.audit.AuditActor;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.audit.AuditPage;
import cn.zhicheng.portal.audit.AuditQuery;
import cn.zhicheng.portal.audit.AuditRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds what every record needs and no caller should have to pass: the client address of the current request (with
 * {@code server.forward-headers-strategy} set, Spring has already replaced it by the proxy's forwarded address) and the
 * signed-in user's username.
 */
@Service
class AuditLogService implements AuditLog {

	/** The {@code client_address} column; an IPv6 address with a zone fits easily. */
	static final int MAX_ADDRESS = 64;

	private static final String ADMIN = "ROLE_ADMIN";

	private final AuditEventRepository events;

	private final AuditSearch search;

	private final Clock clock;

	AuditLogService(AuditEventRepository events, AuditSearch search, Clock clock) {
		this.events = events;
		this.search = search;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		AuditEntry complete = withSignedInActor(entry);
		events.save(new AuditEvent(complete, actorName(complete), clientAddress(), clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditRecord> about(String subjectType, long subjectId, int limit) {
		return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subjectType, subjectId, Limit.of(limit))
			.stream()
			.map(AuditEvent::toRecord)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query) {
		requireAdministrator();
		return search.page(query, PAGE_SIZE);
	}

	@Override
	@Transactional(readOnly = true)
	public Choices choices() {
		requireAdministrator();
		return new Choices(search.distinct("action"), search.distinct("subject_type"));
	}

	/** The URL rule already keeps others off the page; this keeps them off the data whatever calls it. */
	private static void requireAdministrator() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getAuthorities().stream()
			.noneMatch(authority -> ADMIN.equals(authority.getAuthority()))) {
			throw new AccessDeniedException("audit search is for administrators");
		}
	}

	/**
	 * An entry {@link AuditEntry#bySignedIn by the signed-in user}, no account named, gets the account id of the
	 * signed-in user when that user holds the entry's role; any other entry is kept as it is.
	 */
	private static AuditEntry withSignedInActor(AuditEntry entry) {
		if (entry.actorId() != null || entry.actorName() != null || entry.actorRole() == null) {
			return entry;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AuditActor actor)
				|| !holds(authentication, entry.actorRole())) {
			return entry;
		}
		return new AuditEntry(actor.id(), entry.actorRole(), DetailText.truncate(authentication.getName(), MAX_ADDRESS),
				entry.action(), entry.subjectType(), entry.subjectId(), entry.detail(), entry.statusBefore(),
				entry.statusAfter());
	}

	private static boolean holds(Authentication authentication, String role) {
		String authority = "ROLE_" + role;
		return authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	/**
	 * The entry's own name, else the signed-in user's when they hold the entry's role: every caller records the
	 * signed-in user's own action, and the role check keeps a record about someone else from taking that name.
	 */
	private static @Nullable String actorName(AuditEntry entry) {
		if (entry.actorName() != null || entry.actorId() == null || entry.actorRole() == null) {
			return entry.actorName();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		String role = "ROLE_" + entry.actorRole();
		boolean holdsRole = authentication.getAuthorities().stream()
			.anyMatch(authority -> role.equals(authority.getAuthority()));
		return holdsRole ? DetailText.truncate(authentication.getName(), MAX_ADDRESS) : null;
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String address = attributes.getRequest().getRemoteAddr();
			return address == null || address.isBlank() ? null : DetailText.truncate(address, MAX_ADDRESS);
		}
		return null;
	}

}

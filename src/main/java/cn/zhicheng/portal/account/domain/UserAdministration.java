package cn.zhicheng.portal.account.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitView;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 用户管理 (issue #3, part 6): find accounts, enable, disable, unlock, reset a password, and give staff their role
 * with its jurisdiction. Every method checks that the caller is an enabled administrator in the database as well as
 * in the session, because the security chain only guards the door and a demoted administrator keeps their session.
 * Each action leaves one log line and one audit record, naming accounts by id only.
 */
@Service
public class UserAdministration {

	public static final int PAGE_SIZE = 20;

	/** Longer than the policy asks: a temporary password is read aloud or copied by hand once, never remembered. */
	static final int TEMPORARY_PASSWORD_LENGTH = 14;

	/** Without I, O, l, o, 0 and 1, which are mistaken for each other when read aloud or copied from a screen. */
	private static final String[] CLASSES = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789",
			"#$%&*+=?@" };

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

	private final AdminUserRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final UnitDirectory units;

	private final RegionDirectory regions;

	private final CommitteeDirectory committees;

	private final AuditLog audit;

	private final Clock clock;

	private final PasswordHistory history;

	private final BlindIndex index;

	UserAdministration(AdminUserRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			UnitDirectory units, RegionDirectory regions, CommitteeDirectory committees, AuditLog audit, Clock clock,
			PasswordHistory history, BlindIndex index) {
		this.accounts = accounts;
		this.index = index;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.units = units;
		this.regions = regions;
		this.committees = committees;
		this.audit = audit;
		this.clock = clock;
		this.history = history;
	}

	/** One page of accounts whose username or name starts with {@code query}, in id order after {@code after}. */
	@Transactional(readOnly = true)
	public UserPage search(PortalUser admin, String query, @Nullable Role role, @Nullable Long after) {
		requireAdmin(admin);
		String term = query.strip();
		long from = after == null ? 0 : after;
		Limit limit = Limit.of(PAGE_SIZE + 1);
		List<UserAccount> found;
		if (term.isEmpty()) {
			found = role == null ? accounts.findByIdGreaterThanOrderById(from, limit)
					: accounts.findByRoleAndIdGreaterThanOrderById(role, from, limit);
		}
		else {
			String names = prefixPattern(term);
			String usernames = prefixPattern(UserAccount.normalize(term));
			found = role == null ? accounts.searchAfter(usernames, names, from, limit)
					: accounts.searchInRoleAfter(usernames, names, role, from, limit);
		}
		Instant now = clock.instant();
		List<UserView> rows = found.stream().limit(PAGE_SIZE).map(account -> view(account, now)).toList();
		return new UserPage(rows, found.size() > PAGE_SIZE ? rows.getLast().id() : null);
	}

	@Transactional(readOnly = true)
	public Optional<UserView> find(PortalUser admin, long id) {
		requireAdmin(admin);
		return accounts.findById(id).map(account -> view(account, clock.instant()));
	}

	@Transactional
	public void enable(PortalUser admin, long id) {
		requireAdmin(admin);
		account(id).enable(true);
		done(admin, id, "USER_ENABLED", null);
	}

	/**
	 * An administrator cannot disable themself: the portal must always keep one who can sign in. Returns the
	 * account's username, whose sessions the caller ends.
	 */
	@Transactional
	public String disable(PortalUser admin, long id) {
		requireAdmin(admin);
		if (admin.id() == id) {
			throw Refused.because("admin.users.disable.self");
		}
		UserAccount account = account(id);
		account.enable(false);
		done(admin, id, "USER_DISABLED", null);
		return account.username();
	}

	/** Lifts a lock and forgets earlier failures, so the person gets the full number of attempts again. */
	@Transactional
	public void unlock(PortalUser admin, long id) {
		requireAdmin(admin);
		account(id).unlock();
		done(admin, id, "USER_UNLOCKED", null);
	}

	/** Replaces the password with a generated one, returned once for the administrator to hand over; also unlocks. */
	@Transactional
	public String resetPassword(PortalUser admin, long id) {
		requireAdmin(admin);
		String password = temporaryPassword();
		// A password someone else has seen: good for the next sign-in only, where it must be changed.
		UserAccount account = account(id);
		history.keepCurrent(account, clock.instant());
		account.changePassword(passwordEncoder.encode(password), clock.instant(), true);
		done(admin, id, "USER_PASSWORD_RESET", null);
		return password;
	}

	/**
	 * Gives a staff account its role and jurisdiction. An applicant's account stays an applicant's (it carries their
	 * personal record and applications), and an administrator does not change their own role.
	 */
	@Transactional
	public void assignScope(PortalUser admin, long id, Scope scope) {
		requireAdmin(admin);
		UserAccount account = account(id);
		if (account.role() == Role.APPLICANT) {
			throw Refused.because("admin.users.scope.applicant");
		}
		if (admin.id() == id) {
			throw Refused.because("admin.users.scope.self");
		}
		Jurisdiction jurisdiction = check(scope, new ArrayList<>());
		account.assignScope(jurisdiction.role(), jurisdiction.unitId(), jurisdiction.regionId(),
				jurisdiction.committeeId());
		done(admin, id, "USER_SCOPE_CHANGED", jurisdiction.toString());
	}

	/** Opens a staff account with a generated password, returned once for the administrator to hand over. */
	@Transactional
	public Created createStaff(PortalUser admin, NewStaff staff) {
		requireAdmin(admin);
		List<Problem> problems = new ArrayList<>();
		String username = UserAccount.normalize(staff.username());
		if (accounts.existsByUsername(username)) {
			problems.add(new Problem("username", "admin.users.username.taken"));
		}
		if (staff.mobile() != null && accounts.existsByMobileHash(index.mobile(staff.mobile()))) {
			problems.add(new Problem("mobile", "admin.users.mobile.taken"));
		}
		Jurisdiction jurisdiction = check(staff.scope(), problems);
		String password = temporaryPassword();
		UserAccount account = new UserAccount(username, passwordEncoder.encode(password), staff.displayName(),
				jurisdiction.role(), jurisdiction.unitId(), jurisdiction.regionId(), clock.instant());
		account.setMobile(staff.mobile(), index);
		account.assignScope(jurisdiction.role(), jurisdiction.unitId(), jurisdiction.regionId(),
				jurisdiction.committeeId());
		try {
			account = accounts.save(account);
		}
		catch (DataIntegrityViolationException race) {
			// Another administrator took the username or mobile between the check and the insert.
			throw Refused.because("admin.users.create.conflict");
		}
		done(admin, account.id(), "USER_CREATED", jurisdiction.toString());
		return new Created(account.id(), password);
	}

	/** Checks that the scope fits the role's level; throws with every problem found, including earlier ones. */
	private Jurisdiction check(Scope scope, List<Problem> problems) {
		Long unitId = null;
		Long regionId = null;
		Long committeeId = null;
		switch (scope.role()) {
			case APPLICANT -> problems.add(new Problem("role", "admin.users.scope.role.applicant"));
			case UNIT_HR -> unitId = approvedUnit(scope.unit(), problems);
			case COUNTY_REVIEWER -> regionId = region(scope.countyId(), RegionLevel.COUNTY, "countyId",
					"admin.users.scope.county.required", "admin.users.scope.county.level", problems);
			case CITY_REVIEWER -> {
				regionId = region(scope.cityId(), RegionLevel.CITY, "cityId", "admin.users.scope.city.required",
						"admin.users.scope.city.level", problems);
				committeeId = committee(regionId, scope.committeeId(), problems);
			}
			case ADMIN -> {
			}
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		return new Jurisdiction(scope.role(), unitId, regionId, committeeId);
	}

	/**
	 * The unit named by its exact id, or by a reference that {@link UnitDirectory#searchApproved} matches exactly
	 * once and that is its full credit code or full name: a fragment that happens to match one unit today is not
	 * taken, because a jurisdiction given by accident is a leak.
	 */
	private @Nullable Long approvedUnit(@Nullable String reference, List<Problem> problems) {
		String ref = reference == null ? "" : reference.strip();
		if (ref.isEmpty()) {
			problems.add(new Problem("unit", "admin.users.scope.unit.required"));
			return null;
		}
		if (ref.matches("\\d{1,17}")) {
			Optional<UnitView> byId = units.find(Long.parseLong(ref)).filter(u -> u.status() == UnitStatus.APPROVED);
			if (byId.isPresent()) {
				return byId.get().id();
			}
		}
		List<UnitView> found = units.searchApproved(ref, 2);
		if (found.size() > 1) {
			problems.add(new Problem("unit", "admin.users.scope.unit.ambiguous"));
			return null;
		}
		if (found.size() == 1 && (found.getFirst().creditCode().equalsIgnoreCase(ref)
				|| found.getFirst().name().equals(ref))) {
			return found.getFirst().id();
		}
		problems.add(new Problem("unit", "admin.users.scope.unit.unknown"));
		return null;
	}

	private @Nullable Long region(@Nullable Long id, RegionLevel level, String field, String requiredKey,
			String levelKey, List<Problem> problems) {
		if (id == null) {
			problems.add(new Problem(field, requiredKey));
			return null;
		}
		if (regions.find(id).filter(region -> region.level() == level).isEmpty()) {
			problems.add(new Problem(field, levelKey));
			return null;
		}
		return id;
	}

	/** A committee office works for one of its city's committees (CommitteeDirectory#inRegion). */
	private @Nullable Long committee(@Nullable Long cityId, @Nullable Long committeeId, List<Problem> problems) {
		if (committeeId != null && cityId != null
				&& committees.inRegion(cityId).stream().noneMatch(committee -> committee.id() == committeeId)) {
			problems.add(new Problem("committeeId", "admin.users.scope.committee.elsewhere"));
		}
		return committeeId;
	}

	/** Reads the caller's own account, so a disabled or demoted administrator's old session has no power here. */
	private UserAccount requireAdmin(PortalUser caller) {
		return accounts.findById(caller.id())
			.filter(account -> caller.role() == Role.ADMIN && account.role() == Role.ADMIN && account.enabled())
			.orElseThrow(() -> new AccessDeniedException("administrators only"));
	}

	private UserAccount account(long id) {
		return accounts.findById(id).orElseThrow(NoSuchAccount::new);
	}

	private void done(PortalUser admin, long id, String action, @Nullable String detail) {
		audit.record(new AuditEntry(admin.id(), Role.ADMIN.name(), action, "USER_ACCOUNT", id, detail));
		log.info("Account {}: {} by administrator {}", id, action, admin.id());
	}

	/** At least one character of every class, the rest from all of them, shuffled; never logged. */
	String temporaryPassword() {
		int length = Math.max(TEMPORARY_PASSWORD_LENGTH, passwordPolicy.minLength());
		String all = String.join("", CLASSES);
		char[] password = new char[length];
		for (int i = 0; i < length; i++) {
			String from = i < CLASSES.length ? CLASSES[i] : all;
			password[i] = from.charAt(RANDOM.nextInt(from.length()));
		}
		for (int i = length - 1; i > 0; i--) {
			int j = RANDOM.nextInt(i + 1);
			char swap = password[i];
			password[i] = password[j];
			password[j] = swap;
		}
		String result = new String(password);
		if (!passwordPolicy.accepts(result)) {
			throw new IllegalStateException("portal.security.password asks for more than four character classes");
		}
		return result;
	}

	/** LIKE wildcards typed by the administrator are taken literally (PostgreSQL's default escape is \). */
	private static String prefixPattern(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static UserView view(UserAccount account, Instant now) {
		return new UserView(account.id(), account.username(), account.displayName(), account.role(),
				account.enabled(), account.isLockedAt(now) ? account.lockedUntil() : null,
				Masking.mobile(account.mobile()), Masking.idNumber(account.idNumber()), account.unitId(),
				account.regionId(), account.committeeId());
	}

	/** An account as the administrator sees it: personal numbers masked, the lock only while it holds. */
	public record UserView(long id, String username, String displayName, Role role, boolean enabled,
			@Nullable Instant lockedUntil, String maskedMobile, String maskedIdNumber, @Nullable Long unitId,
			@Nullable Long regionId, @Nullable Long committeeId) {
	}

	/** A page of accounts; {@code nextAfter} is the id to continue after, or null on the last page. */
	public record UserPage(List<UserView> rows, @Nullable Long nextAfter) {
	}

	/**
	 * What a staff role covers: a unit HR officer's unit (its exact id, full credit code or full name), a county
	 * reviewer's county, a city reviewer's city and, for a committee office, its committee.
	 */
	public record Scope(Role role, @Nullable String unit, @Nullable Long countyId, @Nullable Long cityId,
			@Nullable Long committeeId) {
	}

	public record NewStaff(String username, String displayName, @Nullable String mobile, Scope scope) {
	}

	/** The new account and its one-time password; {@link #toString()} leaves the password out. */
	public record Created(long id, String temporaryPassword) {

		@Override
		public String toString() {
			return "Created[" + id + "]";
		}

	}

	/** A problem with one field of the request ({@code field} null for the request as a whole), as a message key. */
	public record Problem(@Nullable String field, String messageKey) {
	}

	private record Jurisdiction(Role role, @Nullable Long unitId, @Nullable Long regionId,
			@Nullable Long committeeId) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s unit=%s region=%s committee=%s", role, unitId, regionId,
					committeeId);
		}

	}

	/** The request was refused; each problem says why in a message key. */
	public static class Refused extends RuntimeException {

		private final List<Problem> problems;

		Refused(List<Problem> problems) {
			super("refused: " + problems);
			this.problems = List.copyOf(problems);
		}

		static Refused because(String messageKey) {
			return new Refused(List.of(new Problem(null, messageKey)));
		}

		public List<Problem> problems() {
			return problems;
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchAccount extends RuntimeException {

		public NoSuchAccount() {
			super("no such account");
		}

	}

}

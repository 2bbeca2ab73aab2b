package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import cn.zhicheng.portal.account.PersonDetails;
import cn.zhicheng.portal.personaldata.BlindIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人用户注册: opens an applicant account once the mobile has been verified. Username, mobile and ID number are each
 * unique; the checks here give a clear message, and the database's unique indexes close the race between two
 * registrations at once.
 */
@Service
public class RegistrationService {

	private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final BlindIndex index;

	RegistrationService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, BlindIndex index) {
		this.accounts = accounts;
		this.index = index;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Which of username, mobile and ID number already belong to an account. */
	@Transactional(readOnly = true)
	public Set<Taken> taken(String username, String mobile, String idNumber) {
		Set<Taken> taken = EnumSet.noneOf(Taken.class);
		if (!username.isBlank() && accounts.existsByUsername(UserAccount.normalize(username))) {
			taken.add(Taken.USERNAME);
		}
		if (!mobile.isBlank() && accounts.existsByMobileHash(index.mobile(mobile))) {
			taken.add(Taken.MOBILE);
		}
		if (!idNumber.isBlank() && accounts.existsByIdNumberHash(index.idNumber(idNumber))) {
			taken.add(Taken.ID_NUMBER);
		}
		return taken;
	}

	/** The password arrives hashed: the registration form never keeps it in plain text between steps. */
	@Transactional
	public long register(String username, String passwordHash, PersonDetails person) {
		Set<Taken> taken = taken(username, person.mobile(), person.idNumber());
		if (!taken.isEmpty()) {
			throw new AlreadyRegisteredException(taken);
		}
		try {
			UserAccount account = accounts.save(UserAccount.applicant(username, passwordHash, person, clock.instant(), index));
			log.info("Registered applicant account {}", account.id());
			return account.id();
		}
		catch (DataIntegrityViolationException race) {
			throw new AlreadyRegisteredException(taken(username, person.mobile(), person.idNumber()));
		}
	}

	public String hashPassword(String password) {
		return passwordEncoder.encode(password);
	}

	public enum Taken {

		USERNAME, MOBILE, ID_NUMBER

	}

	public static class AlreadyRegisteredException extends RuntimeException {

		private final Set<Taken> taken;

		AlreadyRegisteredException(Set<Taken> taken) {
			super("Already registered: " + taken);
			this.taken = taken;
		}

		public Set<Taken> taken() {
			return taken;
		}

	}

}

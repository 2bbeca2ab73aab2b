package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.util.Optional;

import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.PhotoCheck.Accepted;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 个人信息 and 照片维护: reading a person's record and replacing their photo. */
@Service
public class PersonService {

	private final UserAccountRepository accounts;

	private final PersonPhotoRepository photos;

	private final PhotoInspector inspector;

	private final AuditLog audit;

	private final Clock clock;

	PersonService(UserAccountRepository accounts, PersonPhotoRepository photos, PhotoInspector inspector,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.photos = photos;
		this.inspector = inspector;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A unit HR officer's explicit request to see an applicant's full ID and mobile numbers: allowed only for an
	 * applicant of the officer's own unit, and recorded in the audit trail before the numbers are shown.
	 */
	@Transactional
	public Optional<PersonView> revealTo(PortalUser officer, long personId) {
		if (officer.role() != Role.UNIT_HR || officer.unitId() == null) {
			return Optional.empty();
		}
		Optional<PersonView> person = accounts.findByIdAndUnitIdAndRole(personId, officer.unitId(), Role.APPLICANT)
			.map(account -> toView(account, photos.existsById(personId)));
		person.ifPresent(found -> audit.record(new AuditEntry(officer.id(), officer.role().name(),
				"REVEAL_PERSONAL_NUMBERS", "ACCOUNT", personId, "unit " + officer.unitId())));
		return person;
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> find(long accountId) {
		return accounts.findById(accountId).map(account -> toView(account, photos.existsById(accountId)));
	}

	/** Checks the upload by its content; only an accepted photo is stored, replacing the one before. */
	@Transactional
	public PhotoCheck replacePhoto(long accountId, byte[] upload) {
		PhotoCheck check = inspector.inspect(upload);
		if (check instanceof Accepted accepted) {
			photos.findById(accountId)
				.ifPresentOrElse(
						photo -> photo.replace(accepted.jpeg(), accepted.width(), accepted.height(), clock.instant()),
						() -> photos.save(new PersonPhoto(accountId, accepted.jpeg(), accepted.width(),
								accepted.height(), clock.instant())));
		}
		return check;
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> photo(long accountId) {
		return photos.findById(accountId).map(PersonPhoto::content);
	}

	static PersonView toView(UserAccount account, boolean hasPhoto) {
		return new PersonView(account.id(), account.username(), account.displayName(), account.role(),
				account.unitId(), account.idNumber(), account.mobile(), account.gender(), account.birthDate(),
				account.education(), hasPhoto);
	}

}

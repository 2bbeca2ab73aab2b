package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.util.Optional;

import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.domain.PhotoCheck.Accepted;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 个人信息 and 照片维护: reading a person's record and replacing their photo. */
@Service
public class PersonService {

	private final UserAccountRepository accounts;

	private final PersonPhotoRepository photos;

	private final PhotoInspector inspector;

	private final Clock clock;

	PersonService(UserAccountRepository accounts, PersonPhotoRepository photos, PhotoInspector inspector,
			Clock clock) {
		this.accounts = accounts;
		this.photos = photos;
		this.inspector = inspector;
		this.clock = clock;
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

package cn.zhicheng.portal.account;

import java.util.Optional;

/**
 * People as other capabilities see them: an applicant's record (with the full numbers, for the review form only),
 * their photo, and where files from a unit travel.
 */
public interface Persons {

	Optional<PersonView> find(long accountId);

	/** The stored 大一寸 photo as JPEG. */
	Optional<byte[]> photo(long accountId);

	/** The route a file takes from the unit; empty when the unit does not exist. */
	Optional<FileRoute> routeFrom(long unitId);

}

package cn.zhicheng.portal.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	/** By the keyed hash (BlindIndex): the numbers themselves are sealed. */
	boolean existsByMobileHash(String mobileHash);

	boolean existsByIdNumberHash(String idNumberHash);

	Optional<UserAccount> findById(Long id);

	/** Scoped in SQL: a person outside the unit is not found. */
	Optional<UserAccount> findByIdAndUnitIdAndRole(long id, long unitId, cn.zhicheng.portal.account.Role role);

	List<UserAccount> findByUnitIdAndRoleOrderByDisplayName(long unitId, cn.zhicheng.portal.account.Role role);

	boolean existsByRoleAndRegionIdAndEnabledTrue(cn.zhicheng.portal.account.Role role, long regionId);

	boolean existsByRole(cn.zhicheng.portal.account.Role role);

	UserAccount save(UserAccount account);

	@Query("select a.role as role, count(a) as accounts from UserAccount a group by a.role")
	List<RoleCount> countByRole();

	interface RoleCount {

		cn.zhicheng.portal.account.Role getRole();

		long getAccounts();

	}

	/** One statement, so concurrent failures each count. */
	@Modifying
	@Query("update UserAccount a set a.failedLoginCount = a.failedLoginCount + 1 where a.username = :username")
	int incrementFailures(String username);

	@Modifying
	@Query("""
			update UserAccount a set a.lockedUntil = :until, a.failedLoginCount = 0
			where a.username = :username and a.failedLoginCount >= :maxFailures""")
	int lockIfReached(String username, int maxFailures, Instant until);

	@Modifying
	@Query("update UserAccount a set a.failedLoginCount = 0 where a.username = :username and a.failedLoginCount > 0")
	int resetFailures(String username);

}

package cn.zhicheng.portal.account.domain;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.Role;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * 用户管理's view of the accounts: keyset pages in id order, with or without a role and a prefix. Patterns arrive
 * with their trailing {@code %} and escaped wildcards, so each {@code like} is a constant prefix an index serves
 * (V10__admin_user_search.sql); one query per combination keeps {@code :x is null or …} out of the plans.
 */
interface AdminUserRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findById(Long id);

	boolean existsByUsername(String username);

	/** By the keyed hash (BlindIndex): the numbers themselves are sealed. */
	boolean existsByMobileHash(String mobileHash);

	UserAccount save(UserAccount account);

	List<UserAccount> findByIdGreaterThanOrderById(long after, Limit limit);

	List<UserAccount> findByRoleAndIdGreaterThanOrderById(Role role, long after, Limit limit);

	@Query("""
			select a from UserAccount a
			where (a.username like :usernamePattern or a.displayName like :namePattern) and a.id > :after
			order by a.id""")
	List<UserAccount> searchAfter(String usernamePattern, String namePattern, long after, Limit limit);

	@Query("""
			select a from UserAccount a
			where (a.username like :usernamePattern or a.displayName like :namePattern)
			  and a.role = :role and a.id > :after
			order by a.id""")
	List<UserAccount> searchInRoleAfter(String usernamePattern, String namePattern, Role role, long after,
			Limit limit);

}

package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.account.AccountSummary;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.validation.Masking;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.WeakPasswordException;

import jakarta.persistence.EntityManager;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and answers questions about them. Registration (issue #3) builds on {@link #createIfAbsent}. */
@Service
class AccountService implements Accounts {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private final EntityManager entities;

	private final BlindIndex index;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			Clock clock, EntityManager entities, BlindIndex index) {
		this.accounts = accounts;
		this.index = index;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
		this.entities = entities;
	}

	@Override
	@Transactional
	public boolean createIfAbsent(NewAccount account) {
		if (!passwordPolicy.accepts(account.password())) {
			throw new WeakPasswordException(account.username(), passwordPolicy);
		}
		if (accounts.existsByUsername(UserAccount.normalize(account.username()))) {
			return false;
		}
		UserAccount created = new UserAccount(account.username(), passwordEncoder.encode(account.password()),
				account.displayName(), account.role(), account.unitId(), account.regionId(), clock.instant());
		created.setMobile(account.mobile(), index);
		accounts.save(created);
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyWithRole(Role role) {
		return accounts.existsByRole(role);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mobileTaken(String mobile) {
		return accounts.existsByMobileHash(index.mobile(mobile));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> ofUnit(long unitId, Role role) {
		return accounts.findByUnitIdAndRoleOrderByDisplayName(unitId, role).stream().map(AccountService::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyServing(Role role, long regionId) {
		return accounts.existsByRoleAndRegionIdAndEnabledTrue(role, regionId);
	}

	/** Served by user_account_region_idx (V4). */
	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> serving(Role role, long regionId) {
		return entities
			.createQuery("""
					select a from UserAccount a where a.role = :role and a.regionId = :region and a.enabled = true
					order by a.displayName, a.id""", UserAccount.class)
			.setParameter("role", role)
			.setParameter("region", regionId)
			.getResultList()
			.stream()
			.map(AccountService::summary)
			.toList();
	}

	static AccountSummary summary(UserAccount account) {
		return new AccountSummary(account.id(), account.username(), account.displayName(), account.role(),
				account.enabled(), Masking.mobile(account.mobile()), account.unitId(), account.regionId());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		accounts.countByRole().forEach(row -> counts.put(row.getRole(), row.getAccounts()));
		return counts;
	}

}

package cn.zhicheng.portal.account.domain;

import java.util.Optional;

import cn.zhicheng.portal.account.FileRoute;
import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.unit.UnitDirectory;

import org.springframework.stereotype.Component;

/** {@link Persons} over the person and membership services, so other modules never reach into {@code domain}. */
@Component
class PersonsFacade implements Persons {

	private final PersonService persons;

	private final UnitMembershipService membership;

	private final UnitDirectory units;

	PersonsFacade(PersonService persons, UnitMembershipService membership, UnitDirectory units) {
		this.persons = persons;
		this.membership = membership;
		this.units = units;
	}

	@Override
	public Optional<PersonView> find(long accountId) {
		return persons.find(accountId);
	}

	@Override
	public Optional<byte[]> photo(long accountId) {
		return persons.photo(accountId);
	}

	@Override
	public Optional<FileRoute> routeFrom(long unitId) {
		return units.find(unitId).map(membership::route);
	}

}

package cn.zhicheng.portal.account.web.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import cn.zhicheng.portal.account.domain.UserAdministration.UserView;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.region.RegionView;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Names for the ids an account carries (its unit, region and committee office) and the choices of the scope form.
 * A page of rows looks each unit, region and city's committees up once, however many accounts share them.
 */
@Component
class Jurisdictions {

	private final UnitDirectory units;

	private final RegionDirectory regions;

	private final CommitteeDirectory committees;

	private final Clock clock;

	Jurisdictions(UnitDirectory units, RegionDirectory regions, CommitteeDirectory committees, Clock clock) {
		this.units = units;
		this.regions = regions;
		this.committees = committees;
		this.clock = clock;
	}

	List<UserRow> rows(List<UserView> users) {
		Map<Long, Optional<UnitView>> unitNames = new HashMap<>();
		Map<Long, Optional<RegionView>> regionNames = new HashMap<>();
		Map<Long, List<CommitteeView>> cityCommittees = new HashMap<>();
		return users.stream().map(user -> {
			UnitView unit = user.unitId() == null ? null
					: unitNames.computeIfAbsent(user.unitId(), units::find).orElse(null);
			RegionView region = user.regionId() == null ? null
					: regionNames.computeIfAbsent(user.regionId(), regions::find).orElse(null);
			CommitteeView committee = user.committeeId() == null || user.regionId() == null ? null
					: cityCommittees.computeIfAbsent(user.regionId(), committees::inRegion)
						.stream()
						.filter(c -> c.id() == user.committeeId())
						.findFirst()
						.orElse(null);
			// Administrators read 北京时间, whatever the server's zone.
			LocalDateTime lockedUntil = user.lockedUntil() == null ? null
					: LocalDateTime.ofInstant(user.lockedUntil(), clock.getZone());
			return new UserRow(user, unit, region, committee, lockedUntil);
		}).toList();
	}

	UserRow row(UserView user) {
		return rows(List.of(user)).getFirst();
	}

	/** Every city with its counties and committees, province by province, in code order. */
	List<CityGroup> cities() {
		List<CityGroup> cities = new ArrayList<>();
		for (RegionView province : regions.children(Optional.empty())) {
			for (RegionView city : regions.children(Optional.of(province.id()))) {
				if (city.level() == RegionLevel.CITY) {
					List<RegionView> counties = regions.children(Optional.of(city.id()))
						.stream()
						.filter(county -> county.level() == RegionLevel.COUNTY)
						.toList();
					cities.add(new CityGroup(city, counties, committees.inRegion(city.id())));
				}
			}
		}
		return cities;
	}

	/** An account with the names of its jurisdiction, each null when the account has none. */
	record UserRow(UserView user, @Nullable UnitView unit, @Nullable RegionView region,
			@Nullable CommitteeView committee, @Nullable LocalDateTime lockedUntil) {

		/** Unit, region and committee office, those the account has, for one line of the table. */
		public List<String> names() {
			return Stream.of(unit == null ? null : unit.name(), region == null ? null : region.name(),
					committee == null ? null : committee.officeName())
				.filter(Objects::nonNull)
				.toList();
		}

	}

	record CityGroup(RegionView city, List<RegionView> counties, List<CommitteeView> committees) {
	}

}

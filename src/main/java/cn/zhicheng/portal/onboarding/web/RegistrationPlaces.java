package cn.zhicheng.portal.onboarding.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.region.RegionView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Where a unit may register: a city itself (市直) or one of its counties. A unit's supervising unit is chosen among
 * the approved units of the same city, because the file's route runs through that city's bureau.
 */
@Component
class RegistrationPlaces {

	private final RegionDirectory regions;

	RegistrationPlaces(RegionDirectory regions) {
		this.regions = regions;
	}

	/** Every province's cities, each with its counties by code. */
	List<CityChoice> cities() {
		List<CityChoice> cities = new ArrayList<>();
		for (RegionView province : regions.children(Optional.empty())) {
			for (RegionView city : regions.children(Optional.of(province.id()))) {
				cities.add(new CityChoice(city, regions.children(Optional.of(city.id()))));
			}
		}
		return cities;
	}

	/** The place of a chosen region, or empty when it is not a city or county (a forged or stale id). */
	Optional<Place> of(@Nullable Long regionId) {
		if (regionId == null) {
			return Optional.empty();
		}
		return regions.find(regionId).flatMap(region -> switch (region.level()) {
			case CITY -> Optional.of(place(region, region));
			case COUNTY -> Optional.ofNullable(region.parentId()).flatMap(regions::find).map(city -> place(region, city));
			case PROVINCE -> Optional.empty();
		});
	}

	private Place place(RegionView region, RegionView city) {
		List<Long> ids = new ArrayList<>();
		ids.add(city.id());
		regions.children(Optional.of(city.id())).forEach(county -> ids.add(county.id()));
		return new Place(region, city, List.copyOf(ids));
	}

	/** A city and its counties, for one {@code <optgroup>}. */
	record CityChoice(RegionView city, List<RegionView> counties) {
	}

	/**
	 * The chosen region, its city, and the regions whose units may supervise a unit registered here (the city and
	 * all its counties).
	 */
	record Place(RegionView region, RegionView city, List<Long> cityRegionIds) {

		public boolean cityLevel() {
			return region.level() == RegionLevel.CITY;
		}

	}

}

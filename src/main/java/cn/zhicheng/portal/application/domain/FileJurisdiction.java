package cn.zhicheng.portal.application.domain;

import java.time.LocalDate;

import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.IntakeWindowView;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.region.RegionView;
import cn.zhicheng.portal.unit.UnitDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who reviews a file after its unit: the county bureau of the unit's county (none for a 市直 unit), the city bureau
 * or committee office of its city, and the committee's intake deadline that orders the city's queue. Worked out at
 * each submission from the unit as it is then, so a file can never sit under a supervising unit nobody reviews.
 */
@Component
class FileJurisdiction {

	private final UnitDirectory units;

	private final RegionDirectory regions;

	private final CommitteeDirectory committees;

	private final Persons persons;

	FileJurisdiction(UnitDirectory units, RegionDirectory regions, CommitteeDirectory committees, Persons persons) {
		this.units = units;
		this.regions = regions;
		this.committees = committees;
		this.persons = persons;
	}

	void route(Application app) {
		Long countyId = null;
		Long cityId = null;
		if (app.unitId() != null) {
			var unit = units.find(app.unitId()).orElseThrow();
			for (RegionView region : regions.lineage(unit.regionId())) {
				if (region.level() == RegionLevel.COUNTY) {
					countyId = region.id();
				}
				else if (region.level() == RegionLevel.CITY) {
					cityId = region.id();
				}
			}
		}
		String name = persons.find(app.applicantId()).map(PersonView::realName).orElse("");
		app.route(name, countyId, cityId, deadline(app));
	}

	private @Nullable LocalDate deadline(Application app) {
		Long committeeId = app.declarationAnswers().committeeId();
		if (committeeId == null) {
			return null;
		}
		return committees.windows(committeeId)
			.stream()
			.filter(window -> window.reviewYear() == app.reviewYear())
			.map(IntakeWindowView::closesOn)
			.findFirst()
			.orElse(null);
	}

}

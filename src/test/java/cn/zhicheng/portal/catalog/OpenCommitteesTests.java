package cn.zhicheng.portal.catalog;

import java.time.LocalDate;
import java.util.Comparator;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which committees an application can be filed with: the demo's two 清远 生态环境 committees (初级 STAFF–ASSISTANT,
 * 中级 INTERMEDIATE), open for review year 2025 from 2026-01-05 to 2026-03-31.
 */
@PortalTest
class OpenCommitteesTests {

	static final String INTERMEDIATE = "清远市工程系列生态环境专业中级职称评审委员会";

	static final String JUNIOR = "清远市工程系列生态环境专业初级职称评审委员会";

	@Autowired
	CommitteeDirectory committees;

	@Autowired
	Catalog catalog;

	@ParameterizedTest
	@CsvSource({ "STAFF, " + JUNIOR, "ASSISTANT, " + JUNIOR, "INTERMEDIATE, " + INTERMEDIATE })
	void theCommitteeReviewingTheLevelIsOpen(TitleLevel level, String committee) {
		assertThat(committees.openFor(specialty("生态环境监测"), level, 2025, LocalDate.of(2026, 2, 1)))
			.extracting(CommitteeView::name)
			.containsExactly(committee);
	}

	@Test
	void seniorLevelsHaveNoCityCommittee() {
		assertThat(committees.openFor(specialty("生态环境监测"), TitleLevel.DEPUTY_SENIOR, 2025, LocalDate.of(2026, 2, 1)))
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2026-01-04, false", "2026-01-05, true", "2026-03-31, true", "2026-04-01, false",
			"2027-02-01, false" })
	void theWindowDatesBothCount(LocalDate today, boolean open) {
		assertThat(committees.openFor(specialty("生态环境工程"), TitleLevel.INTERMEDIATE, 2025, today)).hasSize(open ? 1 : 0);
	}

	@Test
	void theNextReviewYearHasItsOwnWindow() {
		assertThat(committees.openFor(specialty("生态环境工程"), TitleLevel.INTERMEDIATE, 2026, LocalDate.of(2026, 2, 1)))
			.isEmpty();
		assertThat(committees.openFor(specialty("生态环境工程"), TitleLevel.INTERMEDIATE, 2026, LocalDate.of(2027, 2, 1)))
			.extracting(CommitteeView::name)
			.containsExactly(INTERMEDIATE);
	}

	@Test
	void aSpecialtyTheCommitteesDoNotTakeFindsNone() {
		assertThat(committees.openFor(specialty("建筑施工"), TitleLevel.INTERMEDIATE, 2025, LocalDate.of(2026, 2, 1)))
			.isEmpty();
	}

	@Test
	void windowsAreListedLatestFirst() {
		long id = committees.openFor(specialty("生态环境工程"), TitleLevel.INTERMEDIATE, 2025, LocalDate.of(2026, 2, 1))
			.getFirst()
			.id();
		assertThat(committees.windows(id)).extracting(IntakeWindowView::reviewYear)
			.isSortedAccordingTo(Comparator.reverseOrder())
			.contains(2026, 2025);
		IntakeWindowView year2025 = committees.windows(id)
			.stream()
			.filter(window -> window.reviewYear() == 2025)
			.findFirst()
			.orElseThrow();
		assertThat(year2025.amendmentsAllowed()).isTrue();
		assertThat(year2025.amendmentWorkingDays()).isEqualTo(5);
	}

	private long specialty(String name) {
		return catalog.series()
			.stream()
			.flatMap(series -> catalog.fields(series.id()).stream())
			.flatMap(field -> catalog.specialties(field.id()).stream())
			.filter(specialty -> specialty.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

}

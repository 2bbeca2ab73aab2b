package cn.zhicheng.portal.catalog;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data V12 ships: the engineering series, its level names and its fields' specialties. */
@PortalTest
class CatalogSeedTests {

	@Autowired
	Catalog catalog;

	@Test
	void theEcologyFieldHasItsThreeSpecialties() {
		FieldView ecology = ecologyField();
		assertThat(catalog.specialties(ecology.id())).extracting(SpecialtyView::name)
			.contains("生态环境工程", "生态环境管理与咨询", "生态环境监测");
	}

	@Test
	void otherEngineeringFieldsAreSeeded() {
		assertThat(catalog.fields(engineering().id())).extracting(FieldView::name).contains("建筑", "人工智能");
	}

	@ParameterizedTest
	@CsvSource({ "STAFF, 技术员", "ASSISTANT, 助理工程师", "INTERMEDIATE, 工程师", "DEPUTY_SENIOR, 高级工程师",
			"SENIOR, 正高级工程师" })
	void engineeringLevelsHaveTheirOfficialNames(TitleLevel level, String name) {
		assertThat(catalog.levelName(engineering().id(), level)).contains(name);
	}

	@ParameterizedTest
	@CsvSource({ "教授级高级工程师, 正高级工程师", "研究员级高级工程师, 正高级工程师", "' 教授级高级工程师 ', 正高级工程师",
			"高级工程师, 高级工程师", "工程师, 工程师" })
	void legacyTitleNamesAreNormalised(String name, String normal) {
		assertThat(Catalog.normaliseTitleName(name)).isEqualTo(normal);
	}

	private SeriesView engineering() {
		return catalog.series().stream().filter(series -> series.code().equals("ENGINEERING")).findFirst().orElseThrow();
	}

	private FieldView ecologyField() {
		return catalog.fields(engineering().id())
			.stream()
			.filter(field -> field.name().equals("生态环境工程"))
			.findFirst()
			.orElseThrow();
	}

}

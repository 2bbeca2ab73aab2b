package cn.zhicheng.portal.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the catalog of series (职称系列), fields (领域) and specialties (专业) applications are filed against. */
public interface Catalog {

	/**
	 * Names still seen in legacy data for the current 正高级工程师 (DOMAIN.md §1.1); applications and imports store the
	 * current name only.
	 */
	Map<String, String> LEGACY_TITLE_NAMES = Map.of("教授级高级工程师", "正高级工程师", "研究员级高级工程师", "正高级工程师");

	List<SeriesView> series();

	List<FieldView> fields(long seriesId);

	List<SpecialtyView> specialties(long fieldId);

	/** Every specialty of every series, in series, field and specialty order: one query for a whole select. */
	List<SpecialtyView> allSpecialties();

	Optional<SpecialtyView> specialty(long specialtyId);

	/** The series' name for a level, e.g. 工程技术人员 + 中级 → 工程师; empty where the series lacks that level. */
	Optional<String> levelName(long seriesId, TitleLevel level);

	/** A title name as held today: a legacy name becomes its current one, any other name is returned stripped. */
	static String normaliseTitleName(String name) {
		String stripped = name.strip();
		return LEGACY_TITLE_NAMES.getOrDefault(stripped, stripped);
	}

}

package cn.zhicheng.portal.catalog.domain;

/**
 * The caches of the catalog's reference data (#9; see {@code system.CachingConfiguration}). Every edit of a field or
 * specialty empties the catalog's, every edit of a committee the committees'.
 */
final class CatalogCaches {

	static final String SERIES = "catalog:series";

	static final String FIELDS = "catalog:fields";

	static final String SPECIALTIES = "catalog:specialties";

	static final String ALL_SPECIALTIES = "catalog:all-specialties";

	static final String SPECIALTY = "catalog:specialty";

	static final String COMMITTEES = "catalog:committees";

	static final String COMMITTEES_IN_REGION = "catalog:committees-in-region";

	private CatalogCaches() {
	}

}

package cn.zhicheng.portal.catalog;

import java.util.Set;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.catalog.domain.CatalogService;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.UpdateCommittee;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference data is cached per instance (#9): a read again is answered from the cache, not the table, and an edit made
 * through the portal is seen at once. A change made behind the portal's back (another instance) shows only when the
 * cache is emptied, which the expiry in {@code spring.cache.caffeine.spec} bounds.
 */
@PortalTest
class ReferenceDataCacheTests {

	@Autowired
	CatalogService catalog;

	@Autowired
	CommitteeDirectory committees;

	@Autowired
	CommitteeAdministration administration;

	@Autowired
	RegionDirectory regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSpecialtyRenamedElsewhereIsServedFromTheCacheUntilAnEditHere() {
		long fieldId = catalog.fields(catalog.series().getFirst().id()).getFirst().id();
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		SpecialtyView mine = catalog.addSpecialty(fieldId, "缓存测试专业" + suffix);
		assertThat(catalog.allSpecialties()).extracting(SpecialtyView::name).contains(mine.name());
		assertThat(catalog.specialties(fieldId)).extracting(SpecialtyView::name).contains(mine.name());

		// Another instance renames it: this instance keeps answering from its cache.
		jdbc.sql("update specialty set name = :name where id = :id")
			.param("name", "别处改名" + suffix)
			.param("id", mine.id())
			.update();
		assertThat(catalog.allSpecialties()).extracting(SpecialtyView::name)
			.contains(mine.name())
			.doesNotContain("别处改名" + suffix);
		assertThat(catalog.specialties(fieldId)).extracting(SpecialtyView::name).contains(mine.name());

		// An edit through this instance empties the catalog's caches: both changes now show.
		SpecialtyView other = catalog.addSpecialty(fieldId, "缓存测试另一专业" + suffix);
		assertThat(catalog.allSpecialties()).extracting(SpecialtyView::name)
			.contains("别处改名" + suffix, other.name())
			.doesNotContain(mine.name());
		assertThat(catalog.specialty(mine.id())).map(SpecialtyView::name).contains("别处改名" + suffix);

		catalog.renameSpecialty(other.id(), "缓存测试改名" + suffix);
		assertThat(catalog.specialties(fieldId)).extracting(SpecialtyView::name)
			.contains("缓存测试改名" + suffix)
			.doesNotContain(other.name());
	}

	@Test
	void aCommitteeSetUpOrChangedHereIsListedAtOnce() {
		RegionView qingyuan = regions.findByCode("441800").orElseThrow();
		int before = committees.inRegion(qingyuan.id()).size();
		int beforeAll = committees.all().size();
		String name = "缓存测试评委会" + System.nanoTime() % 1_000_000_000L;
		UpdateCommittee facts = new UpdateCommittee(name, null, Jurisdiction.CITY, TitleLevel.STAFF,
				TitleLevel.ASSISTANT, "清远市人社局", null, Set.of());
		long id = administration.create(qingyuan.id(), facts);
		assertThat(committees.inRegion(qingyuan.id())).hasSize(before + 1)
			.extracting(CommitteeView::name)
			.contains(name);
		assertThat(committees.all()).hasSize(beforeAll + 1);

		long version = administration.find(id).orElseThrow().version();
		administration.update(id, version, new UpdateCommittee(name + "（改）", null, Jurisdiction.CITY,
				TitleLevel.STAFF, TitleLevel.INTERMEDIATE, "清远市人社局", null, Set.of()));
		assertThat(committees.inRegion(qingyuan.id())).filteredOn(committee -> committee.id() == id)
			.singleElement()
			.satisfies(committee -> {
				assertThat(committee.name()).isEqualTo(name + "（改）");
				assertThat(committee.highestLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
			});
	}

}

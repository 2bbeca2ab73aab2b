package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SpecialtyRepository extends Repository<Specialty, Long> {

	List<Specialty> findByFieldIdOrderById(long fieldId);

	@Query("select s from Specialty s join Field f on f.id = s.fieldId order by f.seriesId, f.id, s.id")
	List<Specialty> findAllInCatalogOrder();

	Optional<Specialty> findById(long id);

	boolean existsByFieldIdAndName(long fieldId, String name);

	Specialty save(Specialty specialty);

}

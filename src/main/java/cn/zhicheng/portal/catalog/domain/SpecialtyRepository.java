package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SpecialtyRepository extends Repository<Specialty, Long> {

	List<Specialty> findByFieldIdOrderById(long fieldId);

	Optional<Specialty> findById(long id);

	boolean existsByFieldIdAndName(long fieldId, String name);

	Specialty save(Specialty specialty);

}

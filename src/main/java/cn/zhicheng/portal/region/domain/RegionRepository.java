package cn.zhicheng.portal.region.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, Long> {

	Optional<Region> findById(Long id);

	Optional<Region> findByCode(String code);

	List<Region> findByParentIdOrderByCode(Long parentId);

	List<Region> findByParentIdIsNullOrderByCode();

}

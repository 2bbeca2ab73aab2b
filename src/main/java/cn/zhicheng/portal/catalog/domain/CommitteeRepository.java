package cn.zhicheng.portal.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CommitteeRepository extends Repository<Committee, Long> {

	List<Committee> findByRegionIdOrderByName(long regionId);

	List<Committee> findAllByOrderByName();

	List<Committee> findByIdInOrderByName(Collection<Long> ids);

	Optional<Committee> findById(long id);

	long count();

	boolean existsByName(String name);

	Committee save(Committee committee);

}

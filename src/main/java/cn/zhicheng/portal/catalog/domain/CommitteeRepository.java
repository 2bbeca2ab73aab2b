package cn.zhicheng.portal.catalog.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CommitteeRepository extends Repository<Committee, Long> {

	List<Committee> findByRegionIdOrderByName(long regionId);

	long count();

}

package cn.zhicheng.portal.unit.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EmployerUnitRepository extends Repository<EmployerUnit, Long> {

	Optional<EmployerUnit> findById(Long id);

	long count();

}

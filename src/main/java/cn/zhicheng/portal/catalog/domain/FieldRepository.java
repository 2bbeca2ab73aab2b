package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FieldRepository extends Repository<Field, Long> {

	List<Field> findBySeriesIdOrderById(long seriesId);

	Optional<Field> findById(long id);

	boolean existsBySeriesIdAndName(long seriesId, String name);

	Field save(Field field);

}

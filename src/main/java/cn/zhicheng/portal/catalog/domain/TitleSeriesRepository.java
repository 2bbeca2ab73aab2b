package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TitleSeriesRepository extends Repository<TitleSeries, Long> {

	List<TitleSeries> findAllByOrderById();

	Optional<TitleSeries> findById(long id);

}

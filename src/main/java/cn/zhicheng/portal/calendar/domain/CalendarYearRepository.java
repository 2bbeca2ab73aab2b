package cn.zhicheng.portal.calendar.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CalendarYearRepository extends Repository<CalendarYear, Integer> {

	Optional<CalendarYear> findById(Integer year);

	boolean existsById(Integer year);

	List<CalendarYear> findAllByOrderByYearDesc();

	CalendarYear save(CalendarYear year);

}

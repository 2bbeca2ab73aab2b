package cn.zhicheng.portal.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CalendarDayRepository extends Repository<CalendarDay, LocalDate> {

	Optional<CalendarDay> findById(LocalDate day);

	List<CalendarDay> findByDayBetweenOrderByDay(LocalDate first, LocalDate last);

	CalendarDay save(CalendarDay day);

	void delete(CalendarDay day);

	/** A bulk delete runs at once, so a replaced year's days can be inserted again in the same transaction. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CalendarDay d where d.day between :first and :last")
	int deleteByDayBetween(LocalDate first, LocalDate last);

}

package cn.zhicheng.portal.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface IntakeWindowRepository extends Repository<IntakeWindow, Long> {

	@Query("select w from IntakeWindow w where w.reviewYear = ?1 and w.opensOn <= ?2 and w.closesOn >= ?2")
	List<IntakeWindow> findOpen(int reviewYear, LocalDate today);

	List<IntakeWindow> findByCommitteeIdOrderByReviewYearDesc(long committeeId);

	Optional<IntakeWindow> findByCommitteeIdAndReviewYear(long committeeId, int reviewYear);

	IntakeWindow save(IntakeWindow window);

}

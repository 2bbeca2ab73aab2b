package cn.zhicheng.portal.application.domain;

import java.util.Optional;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Applications, always read through their holder: the applicant, or the unit the file was sent to. */
interface ApplicationRepository extends JpaRepository<Application, Long> {

	Optional<Application> findByIdAndApplicantId(long id, long applicantId);

	Optional<Application> findByIdAndUnitIdAndStatusNot(long id, long unitId, ApplicationStatus status);

	Optional<Application> findByIdAndCountyIdAndStatusNot(long id, long countyId, ApplicationStatus status);

	Optional<Application> findByIdAndCityIdAndStatusNot(long id, long cityId, ApplicationStatus status);

	/** Returns whose amendment deadline has passed, for the job that treats them as withdrawn. */
	java.util.List<Application> findByStatusAndAmendmentDueOnBefore(ApplicationStatus status, java.time.LocalDate day);

	@Query("""
			select a.id from Application a where a.applicantId = :applicantId and a.type = :type
			and a.reviewYear = :reviewYear and a.status not in :finished""")
	Optional<Long> findActive(long applicantId, ApplicationType type, int reviewYear,
			java.util.Collection<ApplicationStatus> finished);

	@Query(value = "select nextval('application_number_seq')", nativeQuery = true)
	long nextNumber();

}

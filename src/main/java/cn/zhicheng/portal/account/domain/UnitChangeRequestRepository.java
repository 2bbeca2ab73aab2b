package cn.zhicheng.portal.account.domain;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.ChangeRequestStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface UnitChangeRequestRepository extends Repository<UnitChangeRequest, Long> {

	UnitChangeRequest save(UnitChangeRequest request);

	/** Scoped to the deciding unit: another unit's request is not found. */
	Optional<UnitChangeRequest> findByIdAndToUnitId(long id, long toUnitId);

	Optional<UnitChangeRequest> findByIdAndApplicantId(long id, long applicantId);

	List<UnitChangeRequest> findByToUnitIdAndStatusOrderByCreatedAtDesc(long toUnitId, ChangeRequestStatus status,
			Limit limit);

	List<UnitChangeRequest> findByApplicantIdOrderByCreatedAtDesc(long applicantId, Limit limit);

	boolean existsByApplicantIdAndStatus(long applicantId, ChangeRequestStatus status);

}

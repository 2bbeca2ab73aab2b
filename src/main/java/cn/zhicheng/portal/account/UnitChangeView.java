package cn.zhicheng.portal.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A unit change request as pages show it, with the units' and the applicant's names resolved. */
public record UnitChangeView(long id, long applicantId, String applicantName, String maskedIdNumber,
		@Nullable String fromUnitName, String toUnitName, ChangeRequestStatus status, @Nullable String reason,
		@Nullable String decisionReason, Instant createdAt, @Nullable Instant decidedAt) {
}

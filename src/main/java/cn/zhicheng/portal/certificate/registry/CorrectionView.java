package cn.zhicheng.portal.certificate.registry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A correction request as the city bureau sees it: the ID number and the mobile masked, always. */
record CorrectionView(long id, Instant submittedAt, String holderName, String holderIdMasked,
		@Nullable String certificateNumber, @Nullable Integer reviewYear, String cityName, String mobileMasked,
		String description, CorrectionStatus status, @Nullable String resolution, @Nullable String resolvedByName,
		@Nullable Instant resolvedAt) {
}

package cn.zhicheng.portal.certificate.registry;

import org.jspecify.annotations.Nullable;

/**
 * A correction request as sent, numbers already checked and normalised by the form; {@code honeypot} and
 * {@code stamp} are the form's defences, {@code clientAddress} the sender's address (kept only as a keyed hash).
 */
record SubmitCorrection(String holderName, String idNumber, @Nullable String certificateNumber,
		@Nullable Integer reviewYear, long cityId, String mobile, String description, @Nullable String honeypot,
		@Nullable String stamp, String clientAddress) {
}

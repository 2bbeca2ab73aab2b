/**
 * Issuing, numbering, signing and finding certificates: the {@code certificate} table (V22), the keyed hashes behind
 * the QR token, the ID-number lookup and the per-client rate limit (V23), the e-certificate PDF and the daily job.
 */
@NullMarked
package cn.zhicheng.portal.certificate.domain;

import org.jspecify.annotations.NullMarked;

/**
 * Certificates (职称证书, issue #7): issued after a pass whose 评后公示 has ended (DOMAIN.md §7.1 step 7, §4.1), as an
 * electronic PDF with the holder's photo and a QR code whose signed token opens the public verification page; listed
 * for the holder (我的职称证书) and found by anyone by name plus number or ID number (证书查询, rate-limited) or through
 * the JSON API. Public API: {@link cn.zhicheng.portal.certificate.Certificates}, the views and
 * {@link cn.zhicheng.portal.certificate.CertificateRefusedException}.
 */
@NullMarked
package cn.zhicheng.portal.certificate;

import org.jspecify.annotations.NullMarked;

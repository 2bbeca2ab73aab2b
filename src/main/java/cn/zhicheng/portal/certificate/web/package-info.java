/**
 * Certificate pages and API: 我的职称证书 with the PDF, the public 证书查询 and QR verification page, the city's
 * 发证 button, and {@code /api/v1/certificates/verify}.
 */
@NullMarked
package cn.zhicheng.portal.certificate.web;

import org.jspecify.annotations.NullMarked;

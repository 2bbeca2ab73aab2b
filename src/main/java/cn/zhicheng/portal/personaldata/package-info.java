/**
 * 个人信息加密存储: ID and mobile numbers are kept in the database only sealed (AES-256-GCM with a key from the
 * environment), with a keyed hash beside them where a number must be found exactly (issue #10; 等保 2.0 三级 8.1.4.8
 * 数据保密性, PIPL Art. 51). Public API: {@link cn.zhicheng.portal.personaldata.PersonalDataCipher},
 * {@link cn.zhicheng.portal.personaldata.BlindIndex} and the JPA converter
 * {@link cn.zhicheng.portal.personaldata.SealedText}.
 */
@NullMarked
package cn.zhicheng.portal.personaldata;

import org.jspecify.annotations.NullMarked;

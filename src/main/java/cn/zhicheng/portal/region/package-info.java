/**
 * Administrative divisions (广东省 → 市 → 县(市、区)): the jurisdictions that units, reviewers and committees belong
 * to. Public API: {@link cn.zhicheng.portal.region.RegionDirectory} and {@link cn.zhicheng.portal.region.RegionView}.
 */
@NullMarked
package cn.zhicheng.portal.region;

import org.jspecify.annotations.NullMarked;

package cn.zhicheng.portal.onboarding.domain;

import cn.zhicheng.portal.unit.NewUnit;

/** 法人单位账户注册: the unit and the officer who registers it; one cannot exist without the other. */
public record RegisterUnit(NewUnit unit, NewOfficer officer) {
}

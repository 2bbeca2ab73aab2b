package cn.zhicheng.portal.account;

/** 人事管理单位变更申请: asked by the applicant, decided by the new unit. */
public enum ChangeRequestStatus {

	PENDING, APPROVED, DECLINED, CANCELLED

}

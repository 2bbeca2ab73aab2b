package cn.zhicheng.portal.application;

/** Why a certificate is reissued (证书补发, issue #5 part 1): lost, damaged, or the holder's details changed. */
public enum ReissueReason {

	LOST, DAMAGED, DETAILS_CHANGED

}

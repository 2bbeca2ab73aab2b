package cn.zhicheng.portal.certificate.registry;

/** A correction request is open until the city bureau records how it was resolved. */
enum CorrectionStatus {

	OPEN, RESOLVED

}

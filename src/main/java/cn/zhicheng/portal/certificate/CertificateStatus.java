package cn.zhicheng.portal.certificate;

/** 有效; 已被补发证书替换 (the replacing certificate's number is shown); 已撤销. */
public enum CertificateStatus {

	VALID, REPLACED, REVOKED

}

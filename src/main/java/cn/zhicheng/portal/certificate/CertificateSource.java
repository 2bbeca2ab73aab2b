package cn.zhicheng.portal.certificate;

/** How the portal came to hold the certificate: issued here, reissued (补发), from a commission, or imported. */
public enum CertificateSource {

	ISSUED, REISSUED, COMMISSIONED, IMPORTED

}

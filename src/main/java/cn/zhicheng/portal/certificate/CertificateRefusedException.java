package cn.zhicheng.portal.certificate;

/** A certificate cannot be issued now; the message is a key of i18n/certificate (e.g. not yet final). */
public class CertificateRefusedException extends RuntimeException {

	public CertificateRefusedException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}

}

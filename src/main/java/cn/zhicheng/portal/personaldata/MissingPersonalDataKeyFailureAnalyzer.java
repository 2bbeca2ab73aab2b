package cn.zhicheng.portal.personaldata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, in both languages, how to give the portal its key instead of printing a stack trace. */
class MissingPersonalDataKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingPersonalDataKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingPersonalDataKeyException cause) {
		String description = "身份证号和手机号加密存储所需的密钥不可用：" + cause.getMessage();
		String action = """
				设置环境变量 PORTAL_PERSONAL_DATA_KEY 为 32 个随机字节的 Base64（例如 `openssl rand -base64 32` 的输出），\
				并妥善备份：丢失密钥即无法读取已存储的号码。
				Set PORTAL_PERSONAL_DATA_KEY to the base64 of 32 random bytes (e.g. the output of `openssl rand -base64 32`) \
				and back it up: without it the stored numbers cannot be read.""";
		return new FailureAnalysis(description, action, cause);
	}

}

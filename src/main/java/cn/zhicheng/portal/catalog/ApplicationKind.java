package cn.zhicheng.portal.catalog;

/**
 * The business types routing knows (GLOSSARY.md 业务类型). The application capability owns its own type; routing takes
 * the name so the catalog need not depend on it.
 */
public enum ApplicationKind {

	EVALUATION, INITIAL_RECOGNITION, COMMISSIONED_EVALUATION, CERTIFICATE_REISSUE

}

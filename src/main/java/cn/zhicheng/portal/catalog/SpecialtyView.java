package cn.zhicheng.portal.catalog;

/** 专业: what an applicant applies in, e.g. 生态环境监测. */
public record SpecialtyView(long id, long fieldId, String name) {
}

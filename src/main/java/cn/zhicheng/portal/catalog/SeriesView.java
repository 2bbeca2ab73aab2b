package cn.zhicheng.portal.catalog;

/** 职称系列, e.g. 工程技术人员 with code ENGINEERING. */
public record SeriesView(long id, String code, String name) {
}

package cn.zhicheng.portal.catalog;

/** 领域 within a series; Guangdong publishes one evaluation standard per field (DOMAIN.md §1.3). */
public record FieldView(long id, long seriesId, String name) {
}

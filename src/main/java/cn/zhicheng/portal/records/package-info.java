/**
 * 个人档案记录 (issue #5 parts 2–3): the applicant's own 学历, 工作经历, 继续教育, 业绩成果 and 考核 records that the
 * review form (DOMAIN.md §6.3 二–八) is built from. Records stay editable until the case that used them ends; then they
 * are archived (入库): reusable, never changed again. Public API: {@link cn.zhicheng.portal.records.PersonalRecords}
 * and the record entries and views beside it.
 */
@NullMarked
package cn.zhicheng.portal.records;

import org.jspecify.annotations.NullMarked;

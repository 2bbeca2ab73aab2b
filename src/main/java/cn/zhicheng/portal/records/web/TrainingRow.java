package cn.zhicheng.portal.records.web;

import java.util.List;

import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.TrainingEntry;

/** A 继续教育 row with the year's shortfalls against the requirement, shown as warnings: the hours are still saved. */
record TrainingRow(StoredRecord<TrainingEntry> record, List<String> warnings) {
}

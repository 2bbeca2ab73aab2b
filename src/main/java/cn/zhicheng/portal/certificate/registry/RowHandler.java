package cn.zhicheng.portal.certificate.registry;

import java.util.List;

/** Receives a file's rows one at a time, in order, each with the line a person sees in the file (from 1). */
@FunctionalInterface
interface RowHandler {

	void row(long line, List<String> cells);

}

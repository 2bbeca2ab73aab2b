package cn.zhicheng.portal.certificate.registry;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/** A bad row: its line in the file and every reason it was refused. */
record RowProblem(long line, List<MessageSourceResolvable> reasons) {
}

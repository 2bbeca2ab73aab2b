package cn.zhicheng.portal.application.notice;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of the public list and, when there is more, the keyset (end date and id of the last row) of the next. */
public record NoticePage(List<NoticeRow> rows, @Nullable LocalDate nextEnds, @Nullable Long nextId) {

	public NoticePage {
		rows = List.copyOf(rows);
	}

	public boolean hasNext() {
		return nextId != null;
	}

}

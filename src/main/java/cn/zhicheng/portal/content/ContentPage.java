package cn.zhicheng.portal.content;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record ContentPage(List<ContentSummary> rows, int page, boolean hasNext) {

	public boolean hasPrevious() {
		return this.page > 0;
	}

}

package cn.zhicheng.portal.calendar.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Next year's notice, pasted as lines, with the notice it came from so later readers can check it. */
class LoadYearForm {

	@NotNull(message = "{calendar.load.error.year}")
	@Min(value = 2000, message = "{calendar.load.error.year}")
	@Max(value = 2100, message = "{calendar.load.error.year}")
	private @Nullable Integer year;

	@NotBlank(message = "{calendar.load.error.source}")
	@Size(max = 300, message = "{calendar.load.error.source}")
	private String source = "";

	@NotBlank(message = "{calendar.load.error.lines}")
	private String lines = "";

	private boolean replace;

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getLines() {
		return lines;
	}

	public void setLines(String lines) {
		this.lines = lines;
	}

	public boolean isReplace() {
		return replace;
	}

	public void setReplace(boolean replace) {
		this.replace = replace;
	}

}

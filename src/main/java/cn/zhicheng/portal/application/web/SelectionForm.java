package cn.zhicheng.portal.application.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The records ticked on a record step (and on 学历 the 工作经历 too), with the step's free text where it has one
 * (获现资格之前 summary, 专业技术工作总结). Which records were shown is the server's to know, not the form's.
 */
class SelectionForm {

	private long version;

	private List<Long> chosen = new ArrayList<>();

	private List<Long> chosenWork = new ArrayList<>();

	@Size(max = 3000, message = "{application.text.too-long}")
	private @Nullable String summary;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Long> getChosen() {
		return chosen;
	}

	public void setChosen(List<Long> chosen) {
		this.chosen = chosen;
	}

	public List<Long> getChosenWork() {
		return chosenWork;
	}

	public void setChosenWork(List<Long> chosenWork) {
		this.chosenWork = chosenWork;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

}

package cn.zhicheng.portal.application.review;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import org.jspecify.annotations.Nullable;

/**
 * 退回: up to five reasons, each tied to a section; rows left empty are ignored, and at least one must be given. A
 * city's return may set a 补正 deadline in working days.
 */
class ReturnForm {

	static final int ROWS = 5;

	private @Nullable Long version;

	private List<FilingStep> sections = new ArrayList<>();

	private List<String> texts = new ArrayList<>();

	private @Nullable Integer amendmentWorkingDays;

	List<ReturnReasonInput> reasons() {
		List<ReturnReasonInput> reasons = new ArrayList<>();
		for (int i = 0; i < Math.min(sections.size(), texts.size()); i++) {
			String text = texts.get(i);
			if (sections.get(i) != null && text != null && !text.isBlank()) {
				reasons.add(new ReturnReasonInput(sections.get(i), text.strip().length() > 500
						? text.strip().substring(0, 500) : text.strip()));
			}
		}
		return reasons;
	}

	// @formatter:off
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
	public List<FilingStep> getSections() { return sections; }
	public void setSections(List<FilingStep> sections) { this.sections = sections; }
	public List<String> getTexts() { return texts; }
	public void setTexts(List<String> texts) { this.texts = texts; }
	public @Nullable Integer getAmendmentWorkingDays() { return amendmentWorkingDays; }
	public void setAmendmentWorkingDays(@Nullable Integer days) { this.amendmentWorkingDays = days; }
	// @formatter:on

}

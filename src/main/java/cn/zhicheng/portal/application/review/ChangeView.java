package cn.zhicheng.portal.application.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.records.StoredRecord;

/**
 * What changed between the file a reviewer returned and the file resubmitted, section by section (issue #6 part 5),
 * so every reviewer of the second round sees where to look. Records are compared by what they say, not by their
 * version or archive stamp.
 */
final class ChangeView {

	private ChangeView() {
	}

	static List<FilingStep> changedSections(ApplicationFile before, ApplicationFile after) {
		List<FilingStep> changed = new ArrayList<>();
		if (!Objects.equals(before.personal(), after.personal()) || !Objects.equals(before.unit(), after.unit())) {
			changed.add(FilingStep.PERSONAL);
		}
		if (differ(before.educations(), after.educations()) || differ(before.works(), after.works())) {
			changed.add(FilingStep.EDUCATION);
		}
		if (differ(before.trainings(), after.trainings())) {
			changed.add(FilingStep.TRAINING);
		}
		if (differ(before.achievements(), after.achievements())) {
			changed.add(FilingStep.ACHIEVEMENTS);
		}
		if (differ(before.appraisals(), after.appraisals())) {
			changed.add(FilingStep.APPRAISAL);
		}
		if (!Objects.equals(before.declaration(), after.declaration())
				|| !Objects.equals(before.commission(), after.commission())) {
			changed.add(FilingStep.DECLARATION);
		}
		if (!Objects.equals(before.reissue(), after.reissue())) {
			changed.add(FilingStep.REISSUE);
		}
		return changed;
	}

	private static <T extends cn.zhicheng.portal.records.RecordEntry> boolean differ(List<StoredRecord<T>> before,
			List<StoredRecord<T>> after) {
		Function<List<StoredRecord<T>>, List<T>> entries = list -> list.stream().map(StoredRecord::entry).toList();
		return !entries.apply(before).equals(entries.apply(after));
	}

}

package cn.zhicheng.portal.records.web;

import cn.zhicheng.portal.eligibility.ContinuingEducation;
import cn.zhicheng.portal.records.ArchivedRecordException;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.TrainingEntry;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the overview page, shared by both controllers: a refused change to an archived record answers with the
 * overview and the reason on top, so the person sees at once which rows are 已入库.
 */
@Component
class RecordsOverview {

	static final String VIEW = "records/overview";

	private final PersonalRecords records;

	private final ContinuingEducation continuingEducation;

	RecordsOverview(PersonalRecords records, ContinuingEducation continuingEducation) {
		this.records = records;
		this.continuingEducation = continuingEducation;
	}

	String show(long ownerId, Model model) {
		model.addAttribute("educations", records.educations(ownerId));
		model.addAttribute("works", records.work(ownerId));
		model.addAttribute("trainings", records.trainings(ownerId).stream().map(record -> {
			TrainingEntry t = record.entry();
			return new TrainingRow(record,
					continuingEducation.check(t.year(), t.publicHours(), t.professionalHours(), t.electiveHours()));
		}).toList());
		model.addAttribute("achievements", records.achievements(ownerId));
		model.addAttribute("appraisals", records.appraisals(ownerId));
		return VIEW;
	}

	String refused(long ownerId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refusedKey", ArchivedRecordException.MESSAGE_KEY);
		return show(ownerId, model);
	}

}

package cn.zhicheng.portal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;
import cn.zhicheng.portal.validation.Gender;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The whole file of one application as the review form (DOMAIN.md §6.3) and reviewers read it: who applies, through
 * which unit, the chosen records and the answers of every step. While the applicant edits, it is assembled from the
 * live records; from each submission on it is the frozen copy that was sent. Any value may be missing in a draft: the
 * review form boxes it in red.
 */
public record ApplicationFile(Header header, Applicant applicant, @Nullable Unit unit, Personal personal,
		List<StoredRecord<EducationEntry>> educations, List<StoredRecord<WorkEntry>> works,
		List<StoredRecord<TrainingEntry>> trainings, List<StoredRecord<AchievementEntry>> achievements,
		List<StoredRecord<AppraisalEntry>> appraisals, Declaration declaration, @Nullable Reissue reissue,
		@Nullable Commission commission) {

	public ApplicationFile {
		educations = List.copyOf(educations);
		works = List.copyOf(works);
		trainings = List.copyOf(trainings);
		achievements = List.copyOf(achievements);
		appraisals = List.copyOf(appraisals);
	}

	/** Achievements dated before the current title was obtained (获现资格之前); none without a title. */
	public List<StoredRecord<AchievementEntry>> achievementsBeforeTitle() {
		LocalDate obtained = personal.title() == null ? null : personal.title().obtainedOn();
		return obtained == null ? List.of()
				: achievements.stream().filter(a -> a.entry().happenedOn().isBefore(obtained)).toList();
	}

	/** Achievements since the current title (获现资格以来), or all of them without a title. */
	public List<StoredRecord<AchievementEntry>> achievementsSinceTitle() {
		LocalDate obtained = personal.title() == null ? null : personal.title().obtainedOn();
		return obtained == null ? achievements
				: achievements.stream().filter(a -> !a.entry().happenedOn().isBefore(obtained)).toList();
	}

	/** The highest of the chosen educations, which the eligibility rules read. */
	public @Nullable EducationEntry highestEducation() {
		return educations.stream()
			.map(StoredRecord::entry)
			.max(java.util.Comparator.comparing(EducationEntry::degreeLevel)
				.thenComparing(EducationEntry::fullTime)
				.thenComparing(EducationEntry::graduatedOn))
			.orElse(null);
	}

	/**
	 * The same file with the applicant's ID and mobile numbers masked: what leaves the review chain (the committee's
	 * material pack for external experts) needs neither in full (PIPL: the minimum necessary).
	 */
	public ApplicationFile withMaskedContacts() {
		return withContacts(Masking::idNumber, Masking::mobile);
	}

	/**
	 * The same file with the applicant's ID number and mobile, where present, passed through the given functions:
	 * masked for the pack, sealed in the frozen snapshot and opened again when it is read (application.domain).
	 */
	public ApplicationFile withContacts(UnaryOperator<String> idNumber, UnaryOperator<String> mobile) {
		Applicant a = applicant;
		Applicant changed = new Applicant(a.id(), a.realName(), a.gender(), a.birthDate(),
				a.idNumber() == null ? null : idNumber.apply(a.idNumber()),
				a.mobile() == null ? null : mobile.apply(a.mobile()), a.highestEducation(), a.hasPhoto());
		return new ApplicationFile(header, changed, unit, personal, educations, works, trainings, achievements,
				appraisals, declaration, reissue, commission);
	}

	public record Header(long id, String number, ApplicationType type, int reviewYear, ApplicationStatus status,
			@Nullable Instant submittedAt, Instant createdAt) {
	}

	/** From the account; the full ID number is printed on the form the applicant signs. */
	public record Applicant(long id, String realName, @Nullable Gender gender, @Nullable LocalDate birthDate,
			@Nullable String idNumber, @Nullable String mobile, @Nullable Education highestEducation,
			boolean hasPhoto) {

		@Override
		public String toString() {
			return "Applicant[" + id + "]";
		}

	}

	/** 人事管理单位 and its 主管单位 (filled in from the unit, never typed). */
	public record Unit(long id, String name, @Nullable String supervisingName) {
	}

	public record Personal(@Nullable LocalDate workStartedOn, @Nullable String currentSpecialty,
			@Nullable String administrativePost, @Nullable CurrentTitle title, @Nullable String beforeSummary,
			@Nullable String workSummary) {
	}

	/** 现职称: {@code evaluationYear} is its 评审年度 when obtained by 评审 (DOMAIN.md §2.3 counts from it). */
	public record CurrentTitle(@Nullable String name, @Nullable TitleLevel level, @Nullable ObtainedBy obtainedBy,
			@Nullable LocalDate obtainedOn, @Nullable Integer evaluationYear, @Nullable String certificateNo,
			@Nullable String authority) {
	}

	/** 申报信息: series, specialty, level, committee, and for 破格 the two expert recommenders (DOMAIN.md §2.5). */
	public record Declaration(@Nullable Long seriesId, @Nullable String seriesName, @Nullable Long specialtyId,
			@Nullable String specialtyName, @Nullable TitleLevel targetLevel, @Nullable String levelName,
			@Nullable Long committeeId, @Nullable String committeeName, Route route, List<Recommender> recommenders) {

		public Declaration {
			recommenders = List.copyOf(recommenders);
		}

	}

	public record Recommender(String name, String title, String unit) {
	}

	/** 证书补发: which certificate, why, and what changed or happened. */
	public record Reissue(@Nullable String certificateNo, @Nullable ReissueReason reason, @Nullable String details) {
	}

	/** 省外委托评审: the province and committee that will review, and why the file goes there. */
	public record Commission(@Nullable String province, @Nullable String committeeName, @Nullable String reason) {
	}

}

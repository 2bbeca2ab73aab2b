package cn.zhicheng.portal.application.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationFile.Declaration;
import cn.zhicheng.portal.application.ApplicationFile.Recommender;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.catalog.Catalog;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.SeriesView;
import cn.zhicheng.portal.catalog.SpecialtyView;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Puts an editable application's file together from its answers, the account, the unit, the catalog and the chosen
 * records as they are now. Names (unit, series, committee) are looked up, never stored twice.
 */
@Component
class FileAssembler {

	private final Persons persons;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final CommitteeDirectory committees;

	private final PersonalRecords records;

	private final RecordSelection selection;

	FileAssembler(Persons persons, UnitDirectory units, Catalog catalog, CommitteeDirectory committees,
			PersonalRecords records, RecordSelection selection) {
		this.persons = persons;
		this.units = units;
		this.catalog = catalog;
		this.committees = committees;
		this.records = records;
		this.selection = selection;
	}

	ApplicationFile assemble(Application app) {
		return assemble(app, app.declarationAnswers());
	}

	/** The file with other 申报信息 than saved: what the declaration page shows while the applicant chooses. */
	ApplicationFile assemble(Application app, DeclarationAnswers answers) {
		long owner = app.applicantId();
		PersonView person = persons.find(owner).orElseThrow();
		var applicant = new ApplicationFile.Applicant(owner, person.realName(), person.gender(), person.birthDate(),
				person.idNumber(), person.mobile(), person.education(), person.hasPhoto());
		var header = new ApplicationFile.Header(app.id(), app.number(), app.type(), app.reviewYear(), app.status(),
				app.submittedAt(), app.createdAt());
		PersonalAnswers p = app.personalAnswers();
		var title = p.hasTitle() ? new ApplicationFile.CurrentTitle(p.titleName(), p.titleLevel(),
				p.titleObtainedBy(), p.titleObtainedOn(), p.titleEvaluationYear(), p.titleCertificateNo(),
				p.titleAuthority()) : null;
		var personal = new ApplicationFile.Personal(p.workStartedOn(), p.currentSpecialty(), p.administrativePost(),
				title, app.beforeSummary(), app.workSummary());
		boolean titleForm = app.type().titleForm();
		return new ApplicationFile(header, applicant, unit(app.unitId()), personal,
				titleForm ? chosen(app, RecordKind.EDUCATION, records::educations) : List.of(),
				titleForm ? chosen(app, RecordKind.WORK, records::work) : List.of(),
				titleForm ? chosen(app, RecordKind.TRAINING, records::trainings) : List.of(),
				titleForm ? chosen(app, RecordKind.ACHIEVEMENT, records::achievements) : List.of(),
				titleForm ? chosen(app, RecordKind.APPRAISAL, records::appraisals) : List.of(), declaration(answers),
				app.type() == ApplicationType.CERTIFICATE_REISSUE ? new ApplicationFile.Reissue(
						app.reissueCertificateNo(), app.reissueReason(), app.reissueDetails()) : null,
				app.type() == ApplicationType.COMMISSIONED_EVALUATION
						? new ApplicationFile.Commission(answers.commissionProvince(),
								answers.commissionCommittee(), answers.commissionReason())
						: null);
	}

	private <T extends RecordEntry> List<StoredRecord<T>> chosen(Application app, RecordKind kind,
			Function<Long, List<StoredRecord<T>>> all) {
		Set<Long> ids = selection.chosen(app.id(), kind);
		if (ids.isEmpty()) {
			return List.of();
		}
		return all.apply(app.applicantId()).stream().filter(r -> ids.contains(r.id())).toList();
	}

	private ApplicationFile.@Nullable Unit unit(@Nullable Long unitId) {
		if (unitId == null) {
			return null;
		}
		return units.find(unitId).map(unit -> new ApplicationFile.Unit(unit.id(), unit.name(),
				unit.supervisingUnitId() == null ? null
						: units.find(unit.supervisingUnitId()).map(UnitView::name).orElse(null)))
			.orElse(null);
	}

	private Declaration declaration(DeclarationAnswers d) {
		String seriesName = d.seriesId() == null ? null
				: catalog.series().stream().filter(s -> s.id() == d.seriesId()).map(SeriesView::name).findFirst()
					.orElse(null);
		String specialtyName = d.specialtyId() == null ? null
				: catalog.specialty(d.specialtyId()).map(SpecialtyView::name).orElse(null);
		String levelName = d.seriesId() == null || d.targetLevel() == null ? null
				: catalog.levelName(d.seriesId(), d.targetLevel()).orElse(null);
		String committeeName = d.committeeId() == null ? null
				: committees.all().stream().filter(c -> c.id() == d.committeeId()).map(CommitteeView::name)
					.findFirst().orElse(null);
		List<Recommender> recommenders = new ArrayList<>();
		if (d.recommender1Name() != null) {
			recommenders.add(new Recommender(d.recommender1Name(), nonNull(d.recommender1Title()),
					nonNull(d.recommender1Unit())));
		}
		if (d.recommender2Name() != null) {
			recommenders.add(new Recommender(d.recommender2Name(), nonNull(d.recommender2Title()),
					nonNull(d.recommender2Unit())));
		}
		return new Declaration(d.seriesId(), seriesName, d.specialtyId(), specialtyName, d.targetLevel(), levelName,
				d.committeeId(), committeeName, d.route(), recommenders);
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

}

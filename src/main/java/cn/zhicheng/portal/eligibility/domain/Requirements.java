package cn.zhicheng.portal.eligibility.domain;

import java.util.Comparator;
import java.util.List;

import cn.zhicheng.portal.eligibility.EducationLevel;
import cn.zhicheng.portal.eligibility.Level;

import static cn.zhicheng.portal.eligibility.EducationLevel.BACHELOR;
import static cn.zhicheng.portal.eligibility.EducationLevel.DOCTOR;
import static cn.zhicheng.portal.eligibility.EducationLevel.JUNIOR_COLLEGE;
import static cn.zhicheng.portal.eligibility.EducationLevel.MASTER;
import static cn.zhicheng.portal.eligibility.EducationLevel.SECONDARY_VOCATIONAL;
import static cn.zhicheng.portal.eligibility.Level.ASSISTANT;
import static cn.zhicheng.portal.eligibility.Level.ASSOCIATE_SENIOR;
import static cn.zhicheng.portal.eligibility.Level.INTERMEDIATE;
import static cn.zhicheng.portal.eligibility.Level.JUNIOR;
import static cn.zhicheng.portal.eligibility.Level.SENIOR;

/**
 * The one place where the conditions tables live, row by row with their sources. Changing a figure means changing a
 * row here; the engine holds no numbers of its own.
 */
final class Requirements {

	private static final String FIELD_STANDARD = "广东省工程系列职称评价标准（2021–2022年版各专业标准，DOMAIN.md §2.2）";

	private static final String RECOGNITION = "广东省初次职称考核认定办法（穗环〔2022〕5号、宝安区人社局答问，DOMAIN.md §2.4）";

	/**
	 * DOMAIN.md §2.2, Guangdong 工程 field standards [V2]. 大专 and 中职 have no normal route to 高级工程师 or above, and
	 * 中职 none to 工程师: those are 破格 only (§2.5), so no row exists for them.
	 */
	static final List<Requirement> EVALUATION = List.of(
			// 技术员: 本科 assessed by the unit; 大专 or 中职 after 1 year of 本专业技术工作.
			new Requirement(JUNIOR, BACHELOR, false, null, 0, "本科学历，经单位考察合格，可申报技术员（" + FIELD_STANDARD + "）"),
			new Requirement(JUNIOR, JUNIOR_COLLEGE, false, null, 12, "大专学历，从事本专业技术工作满1年，可申报技术员（" + FIELD_STANDARD + "）"),
			new Requirement(JUNIOR, SECONDARY_VOCATIONAL, false, null, 12, "中专（中职）学历，从事本专业技术工作满1年，可申报技术员（" + FIELD_STANDARD + "）"),
			// 助理工程师: 硕士 assessed; 本科 + 1 yr; 大专 + 技术员 + 2 yrs; 中职 + 技术员 + 4 yrs.
			new Requirement(ASSISTANT, MASTER, false, null, 0, "硕士学位或第二学士学位，经考察合格，可申报助理工程师（" + FIELD_STANDARD + "）"),
			new Requirement(ASSISTANT, BACHELOR, false, null, 12, "本科学历，从事本专业技术工作满1年，可申报助理工程师（" + FIELD_STANDARD + "）"),
			new Requirement(ASSISTANT, JUNIOR_COLLEGE, false, JUNIOR, 24, "大专学历，取得技术员资格后从事本专业技术工作满2年，可申报助理工程师（" + FIELD_STANDARD + "）"),
			new Requirement(ASSISTANT, SECONDARY_VOCATIONAL, false, JUNIOR, 48, "中专（中职）学历，取得技术员资格后从事本专业技术工作满4年，可申报助理工程师（" + FIELD_STANDARD + "）"),
			// 工程师: 博士 在职在岗满6个月; 工程类硕士专业学位 + 助工 + 1 yr; 硕士 + 助工 + 2; 本科 or 大专 + 助工 + 4.
			new Requirement(INTERMEDIATE, DOCTOR, false, null, 6, "博士学位，在职在岗从事本专业技术工作满6个月，可申报工程师（" + FIELD_STANDARD + "）"),
			new Requirement(INTERMEDIATE, MASTER, true, ASSISTANT, 12, "本专业或相关工程类硕士专业学位，取得助理工程师资格后从事本专业技术工作满1年，可申报工程师（" + FIELD_STANDARD + "）"),
			new Requirement(INTERMEDIATE, MASTER, false, ASSISTANT, 24, "硕士学位或第二学士学位，取得助理工程师资格后从事本专业技术工作满2年，可申报工程师（" + FIELD_STANDARD + "）"),
			new Requirement(INTERMEDIATE, BACHELOR, false, ASSISTANT, 48, "本科学历，取得助理工程师资格后从事本专业技术工作满4年，可申报工程师（" + FIELD_STANDARD + "）"),
			new Requirement(INTERMEDIATE, JUNIOR_COLLEGE, false, ASSISTANT, 48, "大专学历，取得助理工程师资格后从事本专业技术工作满4年，可申报工程师（" + FIELD_STANDARD + "）"),
			// 高级工程师: 工程类博士专业学位 + 1 yr; 博士 + 工程师 + 2 yrs (the national wording; some fields count 2 yrs
			// from work, but level by level needs 工程师 anyway) and 近2年考核合格; 硕士 or 本科 + 工程师 + 5 yrs.
			new Requirement(ASSOCIATE_SENIOR, DOCTOR, true, INTERMEDIATE, 12, "本专业或相关工程类博士专业学位，取得工程师资格后从事本专业技术工作满1年，可申报高级工程师（" + FIELD_STANDARD + "）"),
			new Requirement(ASSOCIATE_SENIOR, DOCTOR, false, INTERMEDIATE, 24, "博士学位，取得工程师资格后从事本专业技术工作满2年且近2年年度考核合格，可申报高级工程师（" + FIELD_STANDARD + "；人社部《工程技术人才职称评价基本标准》）"),
			new Requirement(ASSOCIATE_SENIOR, MASTER, false, INTERMEDIATE, 60, "硕士学位或第二学士学位，取得工程师资格后从事本专业技术工作满5年，可申报高级工程师（" + FIELD_STANDARD + "）"),
			new Requirement(ASSOCIATE_SENIOR, BACHELOR, false, INTERMEDIATE, 60, "本科学历，取得工程师资格后从事本专业技术工作满5年，可申报高级工程师（" + FIELD_STANDARD + "）"),
			// 正高级工程师: 本科 or above + 高工 + 5 yrs; the text is the national wording, not confirmed for Guangdong [M].
			new Requirement(SENIOR, DOCTOR, false, ASSOCIATE_SENIOR, 60, "博士学位，取得高级工程师资格后从事本专业技术工作满5年，可申报正高级工程师（人社部《工程技术人才职称评价基本标准》，DOMAIN.md §2.1）"),
			new Requirement(SENIOR, MASTER, false, ASSOCIATE_SENIOR, 60, "硕士学位，取得高级工程师资格后从事本专业技术工作满5年，可申报正高级工程师（人社部《工程技术人才职称评价基本标准》，DOMAIN.md §2.1）"),
			new Requirement(SENIOR, BACHELOR, false, ASSOCIATE_SENIOR, 60, "本科学历，取得高级工程师资格后从事本专业技术工作满5年，可申报正高级工程师（人社部《工程技术人才职称评价基本标准》，DOMAIN.md §2.1）"));

	/**
	 * DOMAIN.md §2.4, 初次职称考核认定 [V1/V2]: 全日制 graduates only, levels 员级 to 中级. 研究生班 and 双学士 (1 yr →
	 * 助理级) have no 学历 of their own in this API.
	 */
	static final List<Requirement> RECOGNITION_ROWS = List.of(
			new Requirement(JUNIOR, SECONDARY_VOCATIONAL, false, null, 12, "全日制中专（技工院校中级工班）毕业，从事本专业技术工作满1年，可考核认定员级（" + RECOGNITION + "）"),
			new Requirement(ASSISTANT, JUNIOR_COLLEGE, false, null, 36, "全日制大专（技工院校高级工班）毕业，从事本专业技术工作满3年，可考核认定助理级（" + RECOGNITION + "）"),
			new Requirement(ASSISTANT, BACHELOR, false, null, 12, "全日制本科（预备技师班）毕业，从事本专业技术工作满1年，可考核认定助理级（" + RECOGNITION + "）"),
			new Requirement(ASSISTANT, MASTER, false, null, 0, "全日制硕士研究生毕业，在岗从事本专业技术工作，可考核认定助理级（" + RECOGNITION + "）"),
			new Requirement(INTERMEDIATE, MASTER, false, null, 36, "全日制硕士研究生毕业，从事本专业技术工作满3年，可考核认定中级（" + RECOGNITION + "）"),
			new Requirement(INTERMEDIATE, DOCTOR, false, null, 0, "全日制博士研究生毕业，在岗从事本专业技术工作，可考核认定中级（" + RECOGNITION + "）"));

	private Requirements() {
	}

	/** The rows an education may use towards a target, shortest first: the engine tries the most favourable one first. */
	static List<Requirement> evaluation(Level target, EducationLevel education, boolean engineeringDegree) {
		return EVALUATION.stream()
			.filter(row -> row.target() == target && row.education() == education)
			.filter(row -> engineeringDegree || !row.engineeringDegreeOnly())
			.sorted(Comparator.comparingInt(Requirement::months))
			.toList();
	}

	/** The levels an education reaches without a title: where level by level starts (§2.2). */
	static List<Level> entryLevels(EducationLevel education) {
		return EVALUATION.stream()
			.filter(row -> row.education() == education && !row.needsTitle())
			.map(Requirement::target)
			.distinct()
			.sorted()
			.toList();
	}

	static List<Requirement> recognition(EducationLevel education) {
		return RECOGNITION_ROWS.stream().filter(row -> row.education() == education).toList();
	}

}

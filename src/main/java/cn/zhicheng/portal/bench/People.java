package cn.zhicheng.portal.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.zhicheng.portal.validation.IdNumbers;

/**
 * Generated applicant {@code p}: name, ID number, sex, birth date and education, the same on every call. The ID number
 * is of the place of the person's unit, with a valid check character (GB 11643); birth day and sequence are unique
 * per person, so the unique ID-number index (V5) holds.
 */
record People(String name, String idNumber, boolean male, LocalDate born, String education) {

	private static final String[] EDUCATION = { "JUNIOR_COLLEGE", "BACHELOR", "BACHELOR", "BACHELOR", "MASTER",
			"DOCTOR" };

	private static final int DAYS = 14_000;

	static People of(World world, int p) {
		SplittableRandom random = world.random(3, p);
		String name = Names.person(random);
		World.Place place = world.unitPlace(world.personUnit(p));
		LocalDate born = LocalDate.of(1962, 1, 1).plusDays(p % DAYS);
		int male = random.nextInt(2);
		String first17 = place.code() + born.toString().replace("-", "") + "%03d".formatted((p / DAYS) * 2 + male);
		return new People(name, first17 + IdNumbers.checkCharacter(first17), male == 1, born,
				EDUCATION[random.nextInt(EDUCATION.length)]);
	}

	static String mobile(int p) {
		return "1390" + "%07d".formatted(p);
	}

}

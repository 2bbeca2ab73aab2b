package cn.zhicheng.portal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where everything of one generation run sits: the regions and catalog rows read from the database, and the id each
 * generated row will get. Ids are laid out in blocks after each table's current maximum, so every row can name
 * another by arithmetic instead of a lookup, and each table can be streamed on its own.
 */
final class World {

	static final int FIRST_YEAR = 2021;

	static final int YEARS = 5;

	/** 初级 (员级, 助理级) and 中级 committees for each field in each city. */
	static final int TIERS = 2;

	/** A place a unit can be in: a county, or a city itself (市直). */
	record Place(long regionId, String code, String name, @Nullable Long countyId, int city, int county) {
	}

	record Specialty(long id, int field, String name) {
	}

	final ProvinceDataSet.Scale scale;

	final long seed;

	final LocalDate asOf;

	final List<Long> cityIds = new ArrayList<>();

	final List<String> cityNames = new ArrayList<>();

	final List<String> cityCodes = new ArrayList<>();

	final List<Place> counties = new ArrayList<>();

	/** Each city's places: the city itself first, then its counties. */
	private final List<List<Place>> byCity = new ArrayList<>();

	final List<String> fields = List.of("生态环境工程", "建筑", "人工智能");

	final List<List<Specialty>> specialties = new ArrayList<>();

	final long seriesId;

	final long unitBase;

	final long accountBase;

	final long committeeBase;

	final long sessionBase;

	final long applicationBase;

	final long numberBase;

	final long certificateSerialBase;

	World(JdbcTemplate jdbc, ProvinceDataSet.Scale scale, long seed, LocalDate asOf) {
		this.scale = scale;
		this.seed = seed;
		this.asOf = asOf;
		for (GuangdongRegions.City city : GuangdongRegions.CITIES) {
			int index = cityIds.size();
			long cityId = regionId(jdbc, city.code());
			cityIds.add(cityId);
			cityNames.add(city.name());
			cityCodes.add(city.code());
			Place itself = new Place(cityId, city.code(), city.name(), null, index, -1);
			byCity.add(new ArrayList<>(List.of(itself)));
			for (String county : city.counties()) {
				String[] parts = county.split(":");
				long countyId = regionId(jdbc, parts[0]);
				Place place = new Place(countyId, parts[0], parts[1], countyId, index, counties.size());
				counties.add(place);
				byCity.get(index).add(place);
			}
		}
		this.seriesId = jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class);
		for (int f = 0; f < fields.size(); f++) {
			int field = f;
			specialties.add(jdbc.query("""
					select s.id, s.name from specialty s join field fl on fl.id = s.field_id
					where fl.series_id = ? and fl.name = ? order by s.id""",
					(rs, row) -> new Specialty(rs.getLong(1), field, rs.getString(2)), seriesId, fields.get(f)));
		}
		this.unitBase = max(jdbc, "employer_unit");
		this.accountBase = max(jdbc, "user_account");
		this.committeeBase = max(jdbc, "committee");
		this.sessionBase = max(jdbc, "committee_session");
		this.applicationBase = max(jdbc, "application");
		this.numberBase = jdbc.queryForObject("select last_value from application_number_seq", Long.class);
		this.certificateSerialBase = jdbc.queryForObject("select last_value from certificate_serial_seq", Long.class);
	}

	/** A generator for one numbered thing of one kind: the same seed, kind and index always give the same values. */
	SplittableRandom random(int kind, long index) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index);
	}

	int committees() {
		return cityIds.size() * fields.size() * TIERS;
	}

	long unitId(int unit) {
		return unitBase + 1 + unit;
	}

	/** Units go round the cities, so each has its share; within a city one in six is 市直, the rest in a county. */
	Place unitPlace(int unit) {
		int city = unit % cityIds.size();
		List<Place> inCity = byCity.get(city);
		SplittableRandom random = random(1, unit);
		return inCity.size() == 1 || random.nextInt(6) == 0 ? inCity.get(0)
				: inCity.get(1 + random.nextInt(inCity.size() - 1));
	}

	long unitOfficerId(int unit) {
		return accountBase + 1 + unit;
	}

	long countyReviewerId(int county) {
		return accountBase + 1 + scale.units() + county;
	}

	long cityReviewerId(int city) {
		return accountBase + 1 + scale.units() + counties.size() + city;
	}

	long personId(int person) {
		return accountBase + 1 + scale.units() + counties.size() + cityIds.size() + person;
	}

	/** The person's HR unit: persons go round the units, so every unit has staff and a queue. */
	int personUnit(int person) {
		return person % scale.units();
	}

	long committeeId(int city, int field, int tier) {
		return committeeBase + 1 + committeeIndex(city, field, tier);
	}

	int committeeIndex(int city, int field, int tier) {
		return (city * fields.size() + field) * TIERS + tier;
	}

	long sessionId(int committeeIndex, int year) {
		return sessionBase + 1 + (long) committeeIndex * YEARS + (year - FIRST_YEAR);
	}

	long applicationId(long file) {
		return applicationBase + 1 + file;
	}

	private static long regionId(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
	}

	private static long max(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
	}

}

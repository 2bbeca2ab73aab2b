package cn.zhicheng.portal.application.pack;

import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a viewer may pack, decided in SQL. A city reviewer (the committee office) packs the files of their own city
 * ({@code a.city_id}) for a committee of that city ({@code committee.region_id}), as {@code CommitteeSessions} scopes
 * sessions; an administrator packs any committee's files; nobody else packs. The files are those 受理 and not yet
 * decided (ACCEPTED, IN_COMMITTEE_REVIEW), by 业务编号. The city's query is a range of
 * {@code application_city_queue_idx}, the administrator's of {@code application_review_year_idx}.
 */
@Component
class PackScope {

	static final String STATUSES = "('ACCEPTED', 'IN_COMMITTEE_REVIEW')";

	private static final String WHERE = """
			where a.committee_id = :committee and a.review_year = :year and a.status in""" + " " + STATUSES;

	private static final String FILES = """
			select a.id, a.applicant_id, a.number, coalesce(a.applicant_name, '') as applicant_name,
			       u.name as unit_name, s.name as specialty_name, a.target_level
			from application a
			left join employer_unit u on u.id = a.unit_id
			left join specialty s on s.id = a.specialty_id
			""" + WHERE;

	private final JdbcClient jdbc;

	PackScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The committee's name, if the viewer may pack it.
	 * @throws PackRefusedException for a role that packs nothing, or a committee unknown or of another city
	 */
	String committee(PortalUser viewer, long committeeId) {
		Long city = city(viewer);
		JdbcClient.StatementSpec spec = jdbc
			.sql("select name from committee where id = :id" + (city == null ? "" : " and region_id = :city"))
			.param("id", committeeId);
		return (city == null ? spec : spec.param("city", city)).query(String.class)
			.optional()
			.orElseThrow(() -> new PackRefusedException("pack.refused.committee"));
	}

	long count(PortalUser viewer, PackRequest request) {
		Long city = city(viewer);
		String sql = "select count(*) from application a " + WHERE + (city == null ? "" : " and a.city_id = :city");
		return query(sql, city, request).query(Long.class).single();
	}

	List<PackedFile> files(PortalUser viewer, PackRequest request) {
		Long city = city(viewer);
		String sql = FILES + (city == null ? "" : " and a.city_id = :city") + " order by a.number";
		return query(sql, city, request).query(PackedFile.class).list();
	}

	private JdbcClient.StatementSpec query(String sql, @Nullable Long city, PackRequest request) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql)
			.param("committee", request.committeeId())
			.param("year", request.reviewYear());
		return city == null ? spec : spec.param("city", city);
	}

	/** The city a city reviewer packs for; null for an administrator, who packs everywhere. */
	private static @Nullable Long city(PortalUser viewer) {
		Role role = viewer.role();
		if (role == Role.ADMIN) {
			return null;
		}
		if (role == Role.CITY_REVIEWER && viewer.regionId() != null) {
			return viewer.regionId();
		}
		throw new PackRefusedException("pack.refused.role");
	}

}

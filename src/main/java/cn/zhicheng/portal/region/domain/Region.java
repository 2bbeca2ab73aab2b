package cn.zhicheng.portal.region.domain;

import cn.zhicheng.portal.region.RegionLevel;
import cn.zhicheng.portal.region.RegionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** An administrative division; reference data, so it has no setters. */
@Entity
class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	protected Region() {
	}

	RegionView toView() {
		return new RegionView(id, code, name, level, parentId);
	}

	@Nullable Long parentId() {
		return parentId;
	}

}

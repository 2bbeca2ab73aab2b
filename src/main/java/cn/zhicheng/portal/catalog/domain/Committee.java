package cn.zhicheng.portal.catalog.domain;

import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.TitleLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 评委会. Editing, series, specialties and intake windows arrive with issue #4. */
@Entity
class Committee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long regionId;

	@Enumerated(EnumType.STRING)
	private TitleLevel lowestLevel;

	@Enumerated(EnumType.STRING)
	private TitleLevel highestLevel;

	private String officeName;

	private @Nullable String officePhone;

	@Version
	private long version;

	protected Committee() {
	}

	CommitteeView toView() {
		return new CommitteeView(id, name, regionId, lowestLevel, highestLevel, officeName, officePhone);
	}

}

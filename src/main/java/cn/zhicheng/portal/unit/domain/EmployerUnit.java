package cn.zhicheng.portal.unit.domain;

import java.time.Instant;

import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.unit.UnitView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 人事管理单位. Registration, approval and editing arrive with issue #3; here it is read. */
@Entity
class EmployerUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String creditCode;

	@Enumerated(EnumType.STRING)
	private UnitType type;

	private Long regionId;

	private @Nullable Long supervisingUnitId;

	private boolean nonPublicIntake;

	@Enumerated(EnumType.STRING)
	private UnitStatus status;

	private Instant createdAt;

	@Version
	private long version;

	protected EmployerUnit() {
	}

	UnitView toView() {
		return new UnitView(id, name, creditCode, type, regionId, supervisingUnitId, nonPublicIntake, status);
	}

}

package cn.zhicheng.portal.unit.domain;

import java.time.Instant;

import cn.zhicheng.portal.unit.NewUnit;
import cn.zhicheng.portal.unit.UnitNotApprovedException;
import cn.zhicheng.portal.unit.UnitProfile;
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

/**
 * 人事管理单位. It registers pending and is decided once: approved or rejected, by whom, when and (if rejected) why.
 * Only an approved unit may change its profile (issue #3: a unit account acts only after approval).
 */
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

	private @Nullable String address;

	private @Nullable String contactName;

	private @Nullable String contactPhone;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionReason;

	private Instant createdAt;

	@Version
	private long version;

	protected EmployerUnit() {
	}

	private EmployerUnit(NewUnit unit, Instant now) {
		this.name = unit.name();
		this.creditCode = unit.creditCode();
		this.type = unit.type();
		this.regionId = unit.regionId();
		this.supervisingUnitId = unit.supervisingUnitId();
		this.address = unit.address();
		this.contactName = unit.contactName();
		this.contactPhone = unit.contactPhone();
		this.status = UnitStatus.PENDING;
		this.createdAt = now;
	}

	static EmployerUnit register(NewUnit unit, Instant now) {
		return new EmployerUnit(unit, now);
	}

	void approve(long deciderId, Instant now) {
		decide(UnitStatus.APPROVED, deciderId, now, null);
	}

	void reject(long deciderId, Instant now, String reason) {
		decide(UnitStatus.REJECTED, deciderId, now, reason);
	}

	private void decide(UnitStatus outcome, long deciderId, Instant now, @Nullable String reason) {
		if (status != UnitStatus.PENDING) {
			throw new IllegalStateException("Unit " + id + " was decided already");
		}
		this.status = outcome;
		this.decidedBy = deciderId;
		this.decidedAt = now;
		this.decisionReason = reason;
	}

	void editProfile(String address, String contactName, String contactPhone) {
		if (status != UnitStatus.APPROVED) {
			throw new UnitNotApprovedException(status);
		}
		this.address = address;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	UnitStatus status() {
		return status;
	}

	UnitView toView() {
		return new UnitView(id, name, creditCode, type, regionId, supervisingUnitId, nonPublicIntake, status);
	}

	UnitProfile toProfile() {
		return new UnitProfile(id, name, creditCode, type, regionId, supervisingUnitId, status, address, contactName,
				contactPhone, createdAt, decidedAt, decisionReason, version);
	}

}

package cn.zhicheng.portal.catalog.domain;

import cn.zhicheng.portal.catalog.SpecialtyView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** 专业 within a field. */
@Entity
class Specialty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long fieldId;

	private String name;

	@Version
	private long version;

	protected Specialty() {
	}

	Specialty(long fieldId, String name) {
		this.fieldId = fieldId;
		this.name = name;
	}

	long fieldId() {
		return fieldId;
	}

	void rename(String name) {
		this.name = name;
	}

	SpecialtyView toView() {
		return new SpecialtyView(id, fieldId, name);
	}

}

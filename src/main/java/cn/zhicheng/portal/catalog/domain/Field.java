package cn.zhicheng.portal.catalog.domain;

import cn.zhicheng.portal.catalog.FieldView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** 领域 within a series. */
@Entity
class Field {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long seriesId;

	private String name;

	@Version
	private long version;

	protected Field() {
	}

	Field(long seriesId, String name) {
		this.seriesId = seriesId;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	FieldView toView() {
		return new FieldView(id, seriesId, name);
	}

}

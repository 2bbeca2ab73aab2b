package cn.zhicheng.portal.catalog.domain;

import java.util.EnumMap;
import java.util.Map;

import cn.zhicheng.portal.catalog.SeriesView;
import cn.zhicheng.portal.catalog.TitleLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;

/** 职称系列 with the name each level carries in it (人社部 "职称系列（专业）各层级名称"). */
@Entity
class TitleSeries {

	@Id
	private Long id;

	private String code;

	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "series_level_name", joinColumns = @JoinColumn(name = "series_id"))
	@MapKeyColumn(name = "level")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "name")
	private Map<TitleLevel, String> levelNames = new EnumMap<>(TitleLevel.class);

	protected TitleSeries() {
	}

	Map<TitleLevel, String> levelNames() {
		return levelNames;
	}

	SeriesView toView() {
		return new SeriesView(id, code, name);
	}

}

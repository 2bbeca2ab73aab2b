package cn.zhicheng.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.catalog.CatalogEntryNotFoundException;
import cn.zhicheng.portal.catalog.Catalog;
import cn.zhicheng.portal.catalog.FieldView;
import cn.zhicheng.portal.catalog.SeriesView;
import cn.zhicheng.portal.catalog.SpecialtyView;
import cn.zhicheng.portal.catalog.TitleLevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;

/** Reads the catalog and, for administrators, adds and renames its fields and specialties. */
@Service
@Transactional(readOnly = true)
public class CatalogService implements Catalog {

	private final TitleSeriesRepository series;

	private final FieldRepository fields;

	private final SpecialtyRepository specialties;

	private final AuditLog audit;

	CatalogService(TitleSeriesRepository series, FieldRepository fields, SpecialtyRepository specialties,
			AuditLog audit) {
		this.audit = audit;
		this.series = series;
		this.fields = fields;
		this.specialties = specialties;
	}

	@Override
	@Cacheable(CatalogCaches.SERIES)
	public List<SeriesView> series() {
		return series.findAllByOrderById().stream().map(TitleSeries::toView).toList();
	}

	@Override
	@Cacheable(CatalogCaches.FIELDS)
	public List<FieldView> fields(long seriesId) {
		return fields.findBySeriesIdOrderById(seriesId).stream().map(Field::toView).toList();
	}

	@Override
	@Cacheable(CatalogCaches.SPECIALTIES)
	public List<SpecialtyView> specialties(long fieldId) {
		return specialties.findByFieldIdOrderById(fieldId).stream().map(Specialty::toView).toList();
	}

	@Override
	@Cacheable(CatalogCaches.ALL_SPECIALTIES)
	public List<SpecialtyView> allSpecialties() {
		return specialties.findAllInCatalogOrder().stream().map(Specialty::toView).toList();
	}

	@Override
	@Cacheable(CatalogCaches.SPECIALTY)
	public Optional<SpecialtyView> specialty(long specialtyId) {
		return specialties.findById(specialtyId).map(Specialty::toView);
	}

	@Override
	public Optional<String> levelName(long seriesId, TitleLevel level) {
		return series.findById(seriesId).map(found -> found.levelNames().get(level));
	}

	@Transactional
	@CacheEvict(cacheNames = { CatalogCaches.FIELDS, CatalogCaches.SPECIALTIES, CatalogCaches.ALL_SPECIALTIES,
			CatalogCaches.SPECIALTY }, allEntries = true)
	public FieldView addField(long seriesId, String name) {
		series.findById(seriesId).orElseThrow(() -> new CatalogEntryNotFoundException("series " + seriesId));
		if (fields.existsBySeriesIdAndName(seriesId, name)) {
			throw new DuplicateName();
		}
		FieldView added = fields.save(new Field(seriesId, name)).toView();
		audit.record(AuditEntry.bySignedIn("ADMIN", "FIELD_ADDED", "FIELD", added.id(), name));
		return added;
	}

	@Transactional
	@CacheEvict(cacheNames = { CatalogCaches.FIELDS, CatalogCaches.SPECIALTIES, CatalogCaches.ALL_SPECIALTIES,
			CatalogCaches.SPECIALTY }, allEntries = true)
	public void renameField(long fieldId, String name) {
		Field field = fields.findById(fieldId).orElseThrow(() -> new CatalogEntryNotFoundException("field " + fieldId));
		if (fields.existsBySeriesIdAndName(field.toView().seriesId(), name)) {
			throw new DuplicateName();
		}
		field.rename(name);
		audit.record(AuditEntry.bySignedIn("ADMIN", "FIELD_RENAMED", "FIELD", fieldId, name));
	}

	@Transactional
	@CacheEvict(cacheNames = { CatalogCaches.FIELDS, CatalogCaches.SPECIALTIES, CatalogCaches.ALL_SPECIALTIES,
			CatalogCaches.SPECIALTY }, allEntries = true)
	public SpecialtyView addSpecialty(long fieldId, String name) {
		fields.findById(fieldId).orElseThrow(() -> new CatalogEntryNotFoundException("field " + fieldId));
		if (specialties.existsByFieldIdAndName(fieldId, name)) {
			throw new DuplicateName();
		}
		SpecialtyView added = specialties.save(new Specialty(fieldId, name)).toView();
		audit.record(AuditEntry.bySignedIn("ADMIN", "SPECIALTY_ADDED", "SPECIALTY", added.id(), name));
		return added;
	}

	@Transactional
	@CacheEvict(cacheNames = { CatalogCaches.FIELDS, CatalogCaches.SPECIALTIES, CatalogCaches.ALL_SPECIALTIES,
			CatalogCaches.SPECIALTY }, allEntries = true)
	public void renameSpecialty(long specialtyId, String name) {
		Specialty specialty = specialties.findById(specialtyId)
			.orElseThrow(() -> new CatalogEntryNotFoundException("specialty " + specialtyId));
		if (specialties.existsByFieldIdAndName(specialty.fieldId(), name)) {
			throw new DuplicateName();
		}
		specialty.rename(name);
		audit.record(AuditEntry.bySignedIn("ADMIN", "SPECIALTY_RENAMED", "SPECIALTY", specialtyId, name));
	}

	/** The name is taken within its series or field; the database would refuse it too. */
	public static final class DuplicateName extends RuntimeException {

		DuplicateName() {
			super("Name already taken");
		}

	}

}

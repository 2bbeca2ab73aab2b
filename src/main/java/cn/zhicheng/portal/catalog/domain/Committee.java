package cn.zhicheng.portal.catalog.domain;

import java.util.HashSet;
import java.util.Set;

import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.Jurisdiction;
import cn.zhicheng.portal.catalog.TitleLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 评委会: the series and specialties it takes, the levels it reviews, and the office that receives files. */
@Entity
class Committee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long regionId;

	private @Nullable Long seriesId;

	@Enumerated(EnumType.STRING)
	private Jurisdiction jurisdiction = Jurisdiction.CITY;

	@Enumerated(EnumType.STRING)
	private TitleLevel lowestLevel;

	@Enumerated(EnumType.STRING)
	private TitleLevel highestLevel;

	private String officeName;

	private @Nullable String officePhone;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_specialty", joinColumns = @JoinColumn(name = "committee_id"))
	@Column(name = "specialty_id")
	private Set<Long> specialtyIds = new HashSet<>();

	@Version
	private long version;

	protected Committee() {
	}

	/** A new committee starts with the same facts an edit sets, plus the region it serves, which no edit changes. */
	Committee(long regionId, CommitteeAdministration.UpdateCommittee facts) {
		this.regionId = regionId;
		update(facts);
	}

	long id() {
		return id;
	}

	long version() {
		return version;
	}

	@Nullable Long seriesId() {
		return seriesId;
	}

	Jurisdiction jurisdiction() {
		return jurisdiction;
	}

	Set<Long> specialtyIds() {
		return Set.copyOf(specialtyIds);
	}

	boolean takes(long specialtyId, TitleLevel level) {
		return specialtyIds.contains(specialtyId) && level.compareTo(lowestLevel) >= 0
				&& level.compareTo(highestLevel) <= 0;
	}

	void update(CommitteeAdministration.UpdateCommittee update) {
		this.name = update.name();
		this.seriesId = update.seriesId();
		this.jurisdiction = update.jurisdiction();
		this.lowestLevel = update.lowestLevel();
		this.highestLevel = update.highestLevel();
		this.officeName = update.officeName();
		this.officePhone = update.officePhone();
		this.specialtyIds.clear();
		this.specialtyIds.addAll(update.specialtyIds());
	}

	CommitteeView toView() {
		return new CommitteeView(id, name, regionId, lowestLevel, highestLevel, officeName, officePhone);
	}

}

package cn.zhicheng.portal.catalog.web;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.zhicheng.portal.catalog.Jurisdiction;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.CommitteeDetail;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.UpdateCommittee;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** 新建或编辑评委会: the committee's own facts, the specialties it takes and, for a new one, its region. */
public class CommitteeForm {

	@NotBlank(message = "{catalog.committee.name.required}")
	@Size(max = 128, message = "{catalog.name.too-long}")
	private String name = "";

	private @Nullable Long seriesId;

	/** Only a new committee chooses its region; editing leaves the region it serves alone. */
	private @Nullable Long regionId;

	@NotNull(message = "{catalog.committee.jurisdiction.required}")
	private @Nullable Jurisdiction jurisdiction;

	@NotNull(message = "{catalog.committee.level.required}")
	private @Nullable TitleLevel lowestLevel;

	@NotNull(message = "{catalog.committee.level.required}")
	private @Nullable TitleLevel highestLevel;

	@NotBlank(message = "{catalog.committee.office-name.required}")
	@Size(max = 128, message = "{catalog.name.too-long}")
	private String officeName = "";

	@Pattern(regexp = "[0-9+\\-() ]{0,32}", message = "{catalog.committee.office-phone.pattern}")
	private String officePhone = "";

	private Set<Long> specialtyIds = new LinkedHashSet<>();

	private long version;

	static CommitteeForm of(CommitteeDetail detail) {
		CommitteeForm form = new CommitteeForm();
		form.name = detail.committee().name();
		form.seriesId = detail.seriesId();
		form.jurisdiction = detail.jurisdiction();
		form.lowestLevel = detail.committee().lowestLevel();
		form.highestLevel = detail.committee().highestLevel();
		form.officeName = detail.committee().officeName();
		form.officePhone = detail.committee().officePhone() == null ? "" : detail.committee().officePhone();
		form.specialtyIds = new LinkedHashSet<>(detail.specialtyIds());
		form.version = detail.version();
		return form;
	}

	boolean levelsOutOfOrder() {
		return lowestLevel != null && highestLevel != null && lowestLevel.compareTo(highestLevel) > 0;
	}

	@SuppressWarnings("NullAway")
	UpdateCommittee toCommand() {
		return new UpdateCommittee(name, seriesId, jurisdiction, lowestLevel, highestLevel, officeName,
				officePhone.isBlank() ? null : officePhone, Set.copyOf(specialtyIds));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name.strip();
	}

	public @Nullable Long getSeriesId() {
		return seriesId;
	}

	public void setSeriesId(@Nullable Long seriesId) {
		this.seriesId = seriesId;
	}

	public @Nullable Long getRegionId() {
		return regionId;
	}

	public void setRegionId(@Nullable Long regionId) {
		this.regionId = regionId;
	}

	public @Nullable Jurisdiction getJurisdiction() {
		return jurisdiction;
	}

	public void setJurisdiction(@Nullable Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	public @Nullable TitleLevel getLowestLevel() {
		return lowestLevel;
	}

	public void setLowestLevel(@Nullable TitleLevel lowestLevel) {
		this.lowestLevel = lowestLevel;
	}

	public @Nullable TitleLevel getHighestLevel() {
		return highestLevel;
	}

	public void setHighestLevel(@Nullable TitleLevel highestLevel) {
		this.highestLevel = highestLevel;
	}

	public String getOfficeName() {
		return officeName;
	}

	public void setOfficeName(String officeName) {
		this.officeName = officeName.strip();
	}

	public String getOfficePhone() {
		return officePhone;
	}

	public void setOfficePhone(String officePhone) {
		this.officePhone = officePhone.strip();
	}

	public Set<Long> getSpecialtyIds() {
		return specialtyIds;
	}

	public void setSpecialtyIds(@Nullable Set<Long> specialtyIds) {
		this.specialtyIds = specialtyIds == null ? new LinkedHashSet<>() : specialtyIds;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

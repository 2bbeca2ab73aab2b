package cn.zhicheng.portal.catalog;

import java.util.List;

/** Looks up evaluation committees. */
public interface CommitteeDirectory {

	/** The committees whose jurisdiction is this region, by name. */
	List<CommitteeView> inRegion(long regionId);

	long count();

}

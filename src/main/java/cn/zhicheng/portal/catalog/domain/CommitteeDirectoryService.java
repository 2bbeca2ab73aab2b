package cn.zhicheng.portal.catalog.domain;

import java.util.List;

import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommitteeDirectoryService implements CommitteeDirectory {

	private final CommitteeRepository committees;

	CommitteeDirectoryService(CommitteeRepository committees) {
		this.committees = committees;
	}

	@Override
	public List<CommitteeView> inRegion(long regionId) {
		return committees.findByRegionIdOrderByName(regionId).stream().map(Committee::toView).toList();
	}

	@Override
	public long count() {
		return committees.count();
	}

}

package cn.zhicheng.portal.unit;

import java.util.Optional;

/** Looks up employer units for other capabilities. */
public interface UnitDirectory {

	Optional<UnitView> find(long id);

	long count();

}

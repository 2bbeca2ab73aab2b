package cn.zhicheng.portal.unit.domain;

import java.util.List;

import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitTreeEntry;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.unit.UnitView;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervision tree trusts nothing about the data: orphans become roots and loops still list every unit once. */
class UnitTreeTests {

	@Test
	void childrenFollowTheirParentOneLevelDeeperAndSiblingsKeepTheirOrder() {
		List<UnitTreeEntry> tree = UnitTree.order(List.of(unit(1, "A局", null), unit(2, "A局分局甲", 1L),
				unit(3, "A局分局乙", 1L), unit(4, "B局", null), unit(5, "甲监测站", 2L)));
		assertThat(tree).extracting(entry -> entry.unit().id() + ":" + entry.depth())
			.containsExactly("1:0", "2:1", "5:2", "3:1", "4:0");
	}

	@Test
	void aUnitWhoseSupervisorIsNotListedIsARoot() {
		List<UnitTreeEntry> tree = UnitTree.order(List.of(unit(1, "市直单位", 99L), unit(2, "下级", 1L)));
		assertThat(tree).extracting(entry -> entry.unit().id() + ":" + entry.depth()).containsExactly("1:0", "2:1");
	}

	@Test
	void unitsInALoopOrSupervisingThemselvesAreListedOnce() {
		List<UnitTreeEntry> tree = UnitTree.order(List.of(unit(1, "甲", 2L), unit(2, "乙", 1L), unit(3, "丙", 3L)));
		assertThat(tree).extracting(entry -> entry.unit().id()).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	private static UnitView unit(long id, String name, @Nullable Long supervisor) {
		return new UnitView(id, name, "code" + id, UnitType.GOVERNMENT_ORGAN, 1, supervisor, false,
				UnitStatus.APPROVED);
	}

}

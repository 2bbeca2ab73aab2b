package cn.zhicheng.portal.unit.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.portal.unit.UnitTreeEntry;
import cn.zhicheng.portal.unit.UnitView;

/**
 * Orders units as a supervision tree, parents before children. Data is not trusted to be a tree: a unit whose
 * supervisor is missing from the list becomes a root, and units caught in a loop are still listed once each.
 */
final class UnitTree {

	private final Map<Long, List<UnitView>> children = new HashMap<>();

	private final Set<Long> placed = new HashSet<>();

	private final List<UnitTreeEntry> ordered = new ArrayList<>();

	private UnitTree() {
	}

	/** @param units in the order siblings should keep (by name) */
	static List<UnitTreeEntry> order(List<UnitView> units) {
		Set<Long> present = new HashSet<>();
		units.forEach(unit -> present.add(unit.id()));
		UnitTree tree = new UnitTree();
		List<UnitView> roots = new ArrayList<>();
		for (UnitView unit : units) {
			Long parent = unit.supervisingUnitId();
			if (parent != null && present.contains(parent) && parent != unit.id()) {
				tree.children.computeIfAbsent(parent, id -> new ArrayList<>()).add(unit);
			}
			else {
				roots.add(unit);
			}
		}
		roots.forEach(root -> tree.place(root, 0));
		units.forEach(unit -> tree.place(unit, 0));
		return List.copyOf(tree.ordered);
	}

	private void place(UnitView unit, int depth) {
		if (!placed.add(unit.id())) {
			return;
		}
		ordered.add(new UnitTreeEntry(unit, depth));
		children.getOrDefault(unit.id(), List.of()).forEach(child -> place(child, depth + 1));
	}

}

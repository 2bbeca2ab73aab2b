package cn.zhicheng.portal.unit;

/** One unit in a supervision tree, {@code depth} levels below its root (0 for a root). */
public record UnitTreeEntry(UnitView unit, int depth) {
}

package cn.zhicheng.portal.records;

/** 业绩成果 by kind (DOMAIN.md §6.3 六–八). */
public enum AchievementKind {

	PROJECT, PAPER, AWARD, PATENT, STANDARD

}

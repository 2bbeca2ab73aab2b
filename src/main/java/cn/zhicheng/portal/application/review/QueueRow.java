package cn.zhicheng.portal.application.review;

import java.time.Instant;
import java.time.LocalDate;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/**
 * One file in a reviewer's queue: who, what, where it stands, the committee's deadline, how long it has waited in
 * this stage (working days) and whether that is too long, and who has claimed it.
 */
public record QueueRow(long id, String number, String applicantName, ApplicationType type, ApplicationStatus status,
		@Nullable String unitName, @Nullable String specialtyName, @Nullable TitleLevel targetLevel,
		@Nullable String committeeName, @Nullable LocalDate committeeDeadline, Instant statusChangedAt,
		@Nullable Integer daysInStage, boolean overdue, @Nullable String claimedByName, boolean paperReceived) {
}

package cn.zhicheng.portal.application.notice;

/** Why a resolution was not saved, for the objection it concerns, and what the officer typed (a flash attribute). */
public record ObjectionRefusal(long objectionId, String message, String resolution) {
}

package cn.zhicheng.portal.application.notice;

/** Why a resolution was not saved, for the objection it concerns, and what the officer typed (a flash attribute, kept in the stored session). */
public record ObjectionRefusal(long objectionId, String message, String resolution) implements java.io.Serializable {
}

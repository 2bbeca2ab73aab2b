package cn.zhicheng.portal.application.pack;

import org.jspecify.annotations.Nullable;

/** One application file of a pack as its manifest rows show it: no ID or mobile number. */
record PackedFile(long id, long applicantId, String number, String applicantName, @Nullable String unitName,
		@Nullable String specialtyName, @Nullable String targetLevel) {
}

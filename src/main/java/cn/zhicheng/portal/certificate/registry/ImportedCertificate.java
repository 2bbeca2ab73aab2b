package cn.zhicheng.portal.certificate.registry;

import java.time.LocalDate;

import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/** A row that passed every check, ready to insert: the ID number only as its keyed hash and its mask. */
record ImportedCertificate(String number, String holderName, String holderIdHash, String holderIdMasked,
		String titleName, @Nullable String seriesName, @Nullable String specialtyName, TitleLevel level, int reviewYear,
		@Nullable String committeeName, String issuer, LocalDate issuedOn) {
}

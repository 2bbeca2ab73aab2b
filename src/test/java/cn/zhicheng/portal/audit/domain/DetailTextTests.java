package cn.zhicheng.portal.audit.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reasons typed by reviewers reach the trail with ID and mobile numbers masked, cut to the column. */
class DetailTextTests {

	@Test
	void idNumbersAndMobilesAreMaskedAsPagesMaskThem() {
		assertThat(DetailText.scrub("申报人44010219900307123X（手机13812345678）材料不全"))
			.isEqualTo("申报人440102********123X（手机138****5678）材料不全");
		assertThat(DetailText.scrub("电话 +86-139-1234-5678 或 8613912345678"))
			.doesNotContain("1234-5678", "13912345678");
		assertThat(DetailText.scrub("请拨 138 1234 5678")).isEqualTo("请拨 138****5678");
	}

	@Test
	void otherNumbersAreLeftAlone() {
		String text = "证书编号1234567890123456789012，统一社会信用代码12441802MB2D10003T，座机020-12345678，2026年度";
		assertThat(DetailText.scrub(text)).isEqualTo(text);
	}

	@Test
	void longTextIsCutWithoutSplittingACharacter() {
		String rare = "𠀀";
		String text = "甲".repeat(499) + rare + "乙";
		String cut = DetailText.of(text);
		assertThat(cut.codePointCount(0, cut.length())).isEqualTo(DetailText.MAX_LENGTH);
		assertThat(cut).endsWith("甲…");
		assertThat(DetailText.of("  ")).isNull();
		assertThat(DetailText.truncate("甲" + rare + "乙丙", 3)).isEqualTo("甲" + rare + "…");
	}

}

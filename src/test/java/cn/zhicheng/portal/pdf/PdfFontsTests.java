package cn.zhicheng.portal.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfFontsTests {

	private static final PdfFonts fonts = new PdfFonts();

	@Test
	void rareNameCharactersInTheCjkBlockPrint() {
		assertThat(fonts.unprintable("王堃")).isEmpty();
		assertThat(fonts.unprintable("广东省职称评审表（预览）：缺少，ABC abc 123")).isEmpty();
	}

	@Test
	void aCharacterOutsideTheFontIsNamedNotDropped() {
		assertThat(fonts.unprintable("吉𠮷祥𠮷")).containsExactly(0x20BB7);
		assertThat(PdfFonts.describe(fonts.unprintable("𠮷"))).isEqualTo("U+20BB7 𠮷");
	}

}

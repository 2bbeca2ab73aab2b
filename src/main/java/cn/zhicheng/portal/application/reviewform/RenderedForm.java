package cn.zhicheng.portal.application.reviewform;

import java.util.List;

/**
 * A rendered review form with what it could not fill: the missing values (also boxed in red in the PDF) and the code
 * points the font cannot print (printed as {@code [U+20BB7]} so no character vanishes silently).
 */
public record RenderedForm(byte[] pdf, List<Missing> missing, List<Integer> unprintable) {

	public RenderedForm {
		missing = List.copyOf(missing);
		unprintable = List.copyOf(unprintable);
	}

}

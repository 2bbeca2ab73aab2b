/**
 * PDF building blocks for the forms the portal prints (the review form 广东省职称评审表 and its blank templates):
 * the project's own Chinese font, loaded once and embedded as a subset so a user's machine needs none, a label/value
 * cell that boxes a missing value in red and names it, and a 预览 watermark. No character may vanish: text the font
 * cannot print is found with {@link cn.zhicheng.portal.pdf.PdfFonts#unprintable(String)} and reported by the caller.
 * Public API: {@link cn.zhicheng.portal.pdf.PdfFonts}, {@link cn.zhicheng.portal.pdf.FieldCell} and
 * {@link cn.zhicheng.portal.pdf.Watermark}.
 */
@NullMarked
package cn.zhicheng.portal.pdf;

import org.jspecify.annotations.NullMarked;

/**
 * What an uploaded file really is, judged by its bytes and never by its name or the browser's declared type (issue #10:
 * uploads checked by content everywhere), and how every upload point answers a refusal. The checks decode or parse
 * the file as its reader would, within bounds, so a renamed, truncated, polyglot or bomb file is caught at the door.
 * Public API: {@link cn.zhicheng.portal.upload.PdfCheck}, {@link cn.zhicheng.portal.upload.ImageCheck},
 * {@link cn.zhicheng.portal.upload.OfficeCheck} and {@link cn.zhicheng.portal.upload.UploadRefusal}.
 */
@NullMarked
package cn.zhicheng.portal.upload;

import org.jspecify.annotations.NullMarked;

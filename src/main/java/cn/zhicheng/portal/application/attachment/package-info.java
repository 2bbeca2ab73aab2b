/**
 * Attachments of an application (issue #5 part 6): scans filed per wizard section, checked by content, held within
 * limits, and kept in shared storage (PostgreSQL by default) so any instance of the portal can serve them.
 */
@NullMarked
package cn.zhicheng.portal.application.attachment;

import org.jspecify.annotations.NullMarked;

/**
 * The certificate registry's administration (issue #7 part 2): importing historical certificates from CSV or Excel,
 * row by row with bad rows reported by line, and the public 证书信息更正申请 that a person files when a lookup finds
 * nothing, routed to the chosen city bureau's queue. Also the keyed hash of ID numbers that the lookup shares.
 */
@NullMarked
package cn.zhicheng.portal.certificate.registry;

import org.jspecify.annotations.NullMarked;

/**
 * The committee material pack (issue #8 part 3): for one committee and 评审年度, one ZIP with every accepted file's
 * review form and attachments, each PDF page watermarked for the 评审专家 it is made for, and a manifest
 * ({@code 清单.xlsx}) that lists every entry with its size and SHA-256. Written as a stream by
 * {@link cn.zhicheng.portal.application.pack.CommitteePack}, which a background job runs.
 */
@NullMarked
package cn.zhicheng.portal.application.pack;

import org.jspecify.annotations.NullMarked;

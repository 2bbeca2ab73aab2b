/** The administrators' catalog pages: series and specialties, committees with their intake windows, routing. */
@NullMarked
package cn.zhicheng.portal.catalog.web;

import org.jspecify.annotations.NullMarked;

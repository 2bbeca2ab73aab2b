/**
 * 评前公示 in public and its objections (异议, issue #6 part 2): the pages anyone may read while a file is in its
 * notice (name, unit, specialty, level and achievements, never an ID or phone number), the objection form with its
 * abuse defences, and the unit's panel that records each objection's resolution and releases the held file.
 */
@NullMarked
package cn.zhicheng.portal.application.notice;

import org.jspecify.annotations.NullMarked;

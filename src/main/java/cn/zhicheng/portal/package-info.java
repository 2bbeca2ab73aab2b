/** The portal's root: each sub-package is one capability (an application module). */
@NullMarked
package cn.zhicheng.portal;

import org.jspecify.annotations.NullMarked;

package cn.zhicheng.portal.certificate.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of the queue and the id to continue after, null on the last page. */
record CorrectionPage(List<CorrectionView> rows, @Nullable Long nextAfter) {
}

package cn.zhicheng.portal.application.export;

import java.time.Duration;

import cn.zhicheng.portal.account.PortalUser;

/** Waits for a background export, which runs on the export pool, to be ready or failed. */
public final class ExportJobWaits {

	private ExportJobWaits() {
	}

	public static ExportJobView awaitEnd(ExportJobs jobs, PortalUser owner, long id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < until) {
			ExportJobView job = jobs.find(owner, id).orElseThrow();
			if (!job.pending()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("export job " + id + " did not finish within 2 minutes");
	}

}

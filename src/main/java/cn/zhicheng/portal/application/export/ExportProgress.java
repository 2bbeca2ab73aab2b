package cn.zhicheng.portal.application.export;

/**
 * What a document being written reports about itself, so the page of a background export can show a progress bar
 * (issue #8: "show progress or run in the background with a download when ready"). Units are whatever the writer
 * counts (rows for a list, files for a material pack); both calls may come from any thread, often.
 */
public interface ExportProgress {

	/** A writer that nobody watches: the streaming downloads and the tests. */
	ExportProgress NONE = new ExportProgress() {

		@Override
		public void expect(long total) {
		}

		@Override
		public void done(long units) {
		}

	};

	/** The number of units the writer will write, once it knows it (before the first row, ideally). */
	void expect(long total);

	/** The number of units written so far; never decreases. */
	void done(long units);

}

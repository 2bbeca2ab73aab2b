package cn.zhicheng.portal;

/**
 * Counts one fuzz target's executions and prints its figure when the class is done ({@code @AfterAll}): Jazzer
 * reports its own counts to libFuzzer's log, not to the test's output. A target runs its body through
 * {@link #run(Runnable)}, so a throw is counted as a crash before Jazzer sees it and stops. Under JAZZER_FUZZ the
 * runs are fuzzed inputs (the seeds first); without it, the seeds alone, as a plain test.
 */
public final class FuzzRuns {

	private static final long PAUSE = 1_000_000_000;

	private final String target;

	private long runs;

	private long crashes;

	/** Time between runs, without the pauses of a second or more in which Jazzer sets up between seeds and fuzzing. */
	private long busy;

	private long last;

	public FuzzRuns(String target) {
		this.target = target;
	}

	public void run(Runnable body) {
		long start = System.nanoTime();
		if (runs++ > 0 && start - last < PAUSE) {
			busy += start - last;
		}
		try {
			body.run();
		}
		catch (RuntimeException | Error crash) {
			crashes++;
			throw crash;
		}
		finally {
			last = System.nanoTime();
			busy += last - start;
		}
	}

	public void print() {
		boolean fuzzing = System.getenv("JAZZER_FUZZ") != null;
		double seconds = Math.max(busy, 1) / 1e9;
		System.out.printf("fuzz %s: %,d runs, %d crashes (%,.0f exec/s over %.1f s, %s)%n", target, runs, crashes,
				runs / seconds, seconds, fuzzing ? "fuzzing" : "seeds only");
	}

}

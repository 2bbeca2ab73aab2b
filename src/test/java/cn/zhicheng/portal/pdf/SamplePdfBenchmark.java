package cn.zhicheng.portal.pdf;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time to build the sample form with the font already loaded (issue 5 part 5: at most 30 ms median, 150 KB). Not a
 * test: Surefire only runs {@code *Tests}/{@code *Test}. Run it with a JDK 21+ {@code java} (the one mvnw uses):
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) cn.zhicheng.portal.pdf.SamplePdfBenchmark
 * </pre>
 * 2026-11: median 9.6 ms/op (p90 12 ms) for the two-page sample, 53 KB, on the development container.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SamplePdfBenchmark {

	private SampleDocument sample;

	@Setup
	public void loadFontOnce() {
		this.sample = new SampleDocument(new PdfFonts());
	}

	@Benchmark
	public byte[] buildSampleForm() {
		return this.sample.build();
	}

	public static void main(String[] args) throws RunnerException {
		System.out.println("sample PDF bytes: " + new SampleDocument(new PdfFonts()).build().length);
		new Runner(new OptionsBuilder().include(SamplePdfBenchmark.class.getSimpleName()).build()).run();
	}

}

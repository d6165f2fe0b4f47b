package eu.aimarket.bench;

import eu.aimarket.bench.engine.EngineBenchmark;
import eu.aimarket.bench.engine.LimitBenchmark;
import eu.aimarket.bench.naive.NaiveBenchmark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the engine, the bare-loop limit and the naive version back to back in one harness run, on
 * the same seeded data, and writes {@code RESULTS.md}. Quick mode measures 10,000 and 100,000
 * offerings with short iterations; the full mode adds 1,000,000 offerings and measures longer.
 *
 * <p>Usage: {@code BenchRunner [--quick] --results DIR --out RESULTS.md --findings FILE [--http
 * FILE] [--load FILE]...}; {@code --http} names the figures {@code HttpBench} wrote.
 */
public final class BenchRunner {

  private BenchRunner() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = List.of(args).contains("--quick");
    Path results = Path.of(option(args, "--results", "target/results"));
    Path out = Path.of(option(args, "--out", "RESULTS.md"));
    Path findings = Path.of(option(args, "--findings", "findings.md"));
    Files.createDirectories(results);
    String load = loadAverage();

    List<String> engineSizes =
        quick ? List.of("10000", "100000") : List.of("10000", "100000", "1000000");
    String heap = quick ? "-Xmx6g" : "-Xmx14g";
    ChainedOptionsBuilder inMemory =
        new OptionsBuilder()
            .include(Pattern.quote(EngineBenchmark.class.getName()) + "\\.engine$")
            .include(Pattern.quote(LimitBenchmark.class.getName()) + "\\.limit$")
            .param("offerings", engineSizes.toArray(String[]::new))
            .param("policy", "SOVEREIGNTY_FIRST", "TWENTY_RULES")
            .forks(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(quick ? 1 : 2))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 4))
            .jvmArgs(heap, "-Dbench.results=" + results.toAbsolutePath())
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true);
    List<RunResult> all = new ArrayList<>(new Runner(inMemory.build()).run());

    // One naive ranking at 100,000 offerings takes about a minute: quick mode measures the
    // 20-rule policy only, the full mode both policies with more rankings.
    String[] naivePolicies =
        quick ? new String[] {"TWENTY_RULES"} : new String[] {"SOVEREIGNTY_FIRST", "TWENTY_RULES"};
    List<String[]> naiveRuns = new ArrayList<>();
    for (String size : List.of("10000", "100000")) {
      String[] run = new String[naivePolicies.length + 1];
      run[0] = size;
      System.arraycopy(naivePolicies, 0, run, 1, naivePolicies.length);
      naiveRuns.add(run);
    }
    for (String[] run : naiveRuns) {
      ChainedOptionsBuilder naive =
          new OptionsBuilder()
              .include(Pattern.quote(NaiveBenchmark.class.getName()) + "\\.naive$")
              .param("offerings", run[0])
              .param("policy", List.of(run).subList(1, run.length).toArray(String[]::new))
              .forks(1)
              .warmupIterations(0)
              .measurementIterations(run[0].equals("10000") ? (quick ? 2 : 5) : (quick ? 1 : 3))
              .jvmArgs(heap)
              .addProfiler(GCProfiler.class)
              .shouldFailOnError(true);
      all.addAll(new Runner(naive.build()).run());
    }

    List<Path> loads = new ArrayList<>();
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--load")) {
        loads.add(Path.of(args[i + 1]));
      }
    }
    String http = option(args, "--http", null);
    String report =
        new ResultsReport(
                all,
                quick,
                results,
                loads,
                findings,
                http == null ? null : Path.of(http),
                load,
                loadAverage())
            .render();
    Files.writeString(out, report);
    System.out.println("Wrote " + out.toAbsolutePath());
  }

  /** The load average of the machine, which is shared: figures taken under load vary. */
  static String loadAverage() {
    double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return average < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.1f", average);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}

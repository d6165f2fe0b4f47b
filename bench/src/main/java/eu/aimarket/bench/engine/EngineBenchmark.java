package eu.aimarket.bench.engine;

import eu.aimarket.bench.engine.BenchScenario.PolicyChoice;
import eu.aimarket.matching.Ranking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The matching engine alone: one ranking of the typical requirement over the whole snapshot, with
 * the first page explained. The request-independent rules are evaluated once per snapshot and
 * policy version, as in the application, so the setup warms that cache before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int offerings;

  @Param({"SOVEREIGNTY_FIRST", "TWENTY_RULES"})
  public PolicyChoice policy;

  private BenchScenario scenario;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    scenario = new BenchScenario(offerings, policy);
    Ranking first = scenario.rank();
    if (first.rankedCount() == 0) {
      throw new IllegalStateException("The typical requirement ranks nothing: check the data");
    }
    // What one ranking covers, for the report: offerings of the category, ranked, excluded.
    Path facts = Path.of(System.getProperty("bench.results", "target/results"));
    Files.createDirectories(facts);
    Files.writeString(
        facts.resolve("scenario-" + offerings + "-" + policy + ".txt"),
        first.considered() + " " + first.rankedCount() + " " + first.excludedCount() + "\n");
  }

  @Benchmark
  public Ranking engine() {
    return scenario.rank();
  }
}

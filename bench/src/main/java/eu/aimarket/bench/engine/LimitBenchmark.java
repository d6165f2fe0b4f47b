package eu.aimarket.bench.engine;

import eu.aimarket.bench.engine.BenchScenario.PolicyChoice;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.matching.RankedOffering;
import eu.aimarket.matching.Ranking;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The limit: what any ranking of the same requirement over the same offerings must at least do once
 * every score is known. A bare loop over plain arrays in snapshot order visits every offering of
 * the requirement's category, skips those that do not qualify, adds up the precomputed fit and
 * incentives, and sorts by score (ties by offering id), exactly as the engine orders its result. No
 * must-haves are checked and no rule is evaluated: the flags and scores were taken from a ranking
 * made by the engine in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LimitBenchmark {

  private static final int INDEX_BITS = 21;
  private static final long SCORE_BIAS = 1L << 41;

  @Param({"10000", "100000", "1000000"})
  public int offerings;

  @Param({"SOVEREIGNTY_FIRST", "TWENTY_RULES"})
  public PolicyChoice policy;

  private int[] pool;
  private boolean[] qualifies;
  private long[] fitCents;
  private long[] incentiveCents;
  private int expectedCount;
  private int[] expectedTop;

  @Setup(Level.Trial)
  public void setUp() {
    BenchScenario scenario = new BenchScenario(offerings, policy);
    List<OfferingView> inOrder = scenario.snapshot.offerings();
    if (inOrder.size() >= 1 << INDEX_BITS) {
      throw new IllegalStateException("The bare loop packs indexes into " + INDEX_BITS + " bits");
    }
    Map<UUID, Integer> indexById = new HashMap<>();
    for (int i = 0; i < inOrder.size(); i++) {
      indexById.put(inOrder.get(i).id(), i);
    }
    pool =
        java.util.stream.IntStream.range(0, inOrder.size())
            .filter(i -> inOrder.get(i).category() == scenario.requirement.category())
            .toArray();
    qualifies = new boolean[inOrder.size()];
    fitCents = new long[inOrder.size()];
    incentiveCents = new long[inOrder.size()];
    Ranking full = scenario.evaluate().ranking(Integer.MAX_VALUE, 0);
    for (RankedOffering ranked : full.ranked()) {
      int index = indexById.get(ranked.offeringId());
      qualifies[index] = true;
      fitCents[index] = ranked.fit().movePointRight(2).longValueExact();
      incentiveCents[index] = ranked.incentives().movePointRight(2).longValueExact();
    }
    expectedCount = full.rankedCount();
    expectedTop =
        full.ranked().stream()
            .limit(BenchScenario.KEEP)
            .mapToInt(r -> indexById.get(r.offeringId()))
            .toArray();
    int[] ranked = limit();
    if (ranked.length != expectedCount
        || !Arrays.equals(Arrays.copyOf(ranked, expectedTop.length), expectedTop)) {
      throw new IllegalStateException("The bare loop does not reproduce the engine's order");
    }
  }

  @Benchmark
  public int[] limit() {
    long[] order = new long[pool.length];
    int count = 0;
    for (int index : pool) {
      if (qualifies[index]) {
        long score = fitCents[index] + incentiveCents[index];
        order[count++] = ((SCORE_BIAS - score) << INDEX_BITS) | index;
      }
    }
    Arrays.sort(order, 0, count);
    int[] ranked = new int[count];
    for (int k = 0; k < count; k++) {
      ranked[k] = (int) (order[k] & ((1L << INDEX_BITS) - 1));
    }
    return ranked;
  }
}

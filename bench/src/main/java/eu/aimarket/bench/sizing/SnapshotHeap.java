package eu.aimarket.bench.sizing;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.bench.engine.BenchScenario;
import eu.aimarket.bench.generator.CatalogueGenerator;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.matching.CatalogSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * How much heap a catalogue snapshot of N offerings holds: the heap in use after a full collection
 * while only the snapshot is alive, minus the same before it was built. Each offering goes through
 * JSON and back first, as the application reads it from its catalogue revision, so that no string
 * is shared between offerings that the application would hold twice.
 *
 * <p>Prints one line: {@code offerings=<N> published=<P> heap-before=<bytes> heap-after=<bytes>}.
 */
public final class SnapshotHeap {

  private SnapshotHeap() {}

  public static void main(String[] args) throws Exception {
    int offerings = Integer.parseInt(args[0]);
    long before = heapAfterFullGc();
    CatalogSnapshot snapshot = snapshotOf(offerings);
    long after = heapAfterFullGc();
    System.out.printf(
        "offerings=%d published=%d heap-before=%d heap-after=%d%n",
        offerings, snapshot.size(), before, after);
    Reference.reachabilityFence(snapshot);
  }

  /**
   * Builds the snapshot in a frame of its own, so that nothing but the snapshot (no generated row,
   * no list) is still reachable from the caller when the heap is measured.
   */
  private static CatalogSnapshot snapshotOf(int offerings) throws Exception {
    ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    List<OfferingView> published = new ArrayList<>();
    if (offerings > 0) {
      for (OfferingView generated :
          new CatalogueGenerator(BenchScenario.SEED).generate(offerings).publishedViews()) {
        published.add(json.readValue(json.writeValueAsBytes(generated), OfferingView.class));
      }
    }
    return CatalogSnapshot.of(1, published);
  }

  /** Heap in use after full collections, once it stops shrinking. */
  private static long heapAfterFullGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}

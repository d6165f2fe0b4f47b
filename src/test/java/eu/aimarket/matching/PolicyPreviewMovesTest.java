package eu.aimarket.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The preview lists the biggest moves without sorting every move: the same moves, in the same
 * order, as sorting them all (entering or leaving the ranking first, then places moved, then new
 * rank, then snapshot order).
 */
class PolicyPreviewMovesTest {

  @Test
  void keepsTheSameMovesInTheSameOrderAsAFullSort() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int size = 1 + random.nextInt(3000);
      int[] from = ranks(random, size);
      int[] to = ranks(random, size);
      int limit = 1 + random.nextInt(60);

      PolicyPreview.BiggestMoves biggest = new PolicyPreview.BiggestMoves(limit);
      List<Integer> moved = new ArrayList<>();
      for (int index = 0; index < size; index++) {
        if (from[index] != to[index]) {
          biggest.offer(index, from[index], to[index]);
          moved.add(index);
        }
      }
      List<Integer> expected =
          moved.stream()
              .sorted(
                  Comparator.comparingInt(
                          (Integer i) ->
                              from[i] == 0 || to[i] == 0
                                  ? Integer.MAX_VALUE
                                  : Math.abs(from[i] - to[i]))
                      .reversed()
                      .thenComparing(i -> to[i] == 0 ? Integer.MAX_VALUE : to[i]))
              .limit(limit)
              .toList();

      List<Integer> kept =
          Arrays.stream(Arrays.copyOf(biggest.indexes, biggest.count)).boxed().toList();
      assertEquals(expected, kept, "round " + round);
    }
  }

  /** Ranks with many ties and many offerings left out (0), as two rankings of a category give. */
  private static int[] ranks(Random random, int size) {
    return IntStream.range(0, size)
        .map(i -> random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(Math.max(1, size / 3)))
        .toArray();
  }
}

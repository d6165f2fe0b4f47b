package eu.aimarket.bench.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** A discrete distribution: values with integer weights, drawn from a seeded random stream. */
final class Weighted<T> {

  private final List<T> values;
  private final int[] cumulative;

  private Weighted(List<T> values, List<Integer> weights) {
    this.values = List.copyOf(values);
    this.cumulative = new int[weights.size()];
    int sum = 0;
    for (int i = 0; i < weights.size(); i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
  }

  /** Alternating value and weight: {@code of("DE", 22, "FR", 17)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> of(Object... valuesAndWeights) {
    List<T> values = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (int i = 0; i < valuesAndWeights.length; i += 2) {
      values.add((T) valuesAndWeights[i]);
      weights.add((Integer) valuesAndWeights[i + 1]);
    }
    return new Weighted<>(values, weights);
  }

  static <T> Weighted<T> ofEnum(T[] values, ToIntFunction<T> weight) {
    List<Integer> weights = new ArrayList<>();
    for (T value : values) {
      weights.add(weight.applyAsInt(value));
    }
    return new Weighted<>(List.of(values), weights);
  }

  T pick(SplittableRandom random) {
    int draw = random.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (draw < cumulative[i]) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("unreachable");
  }
}

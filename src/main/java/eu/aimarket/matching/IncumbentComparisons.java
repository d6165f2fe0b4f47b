package eu.aimarket.matching;

import eu.aimarket.matching.IncumbentComparison.Alternative;
import eu.aimarket.matching.IncumbentComparison.TermDifference;
import eu.aimarket.matching.MatchEngine.Evaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Builds the "instead of the US incumbent" comparison of a ranking. */
final class IncumbentComparisons {

  /** How many local alternatives the comparison lists at most. */
  static final int ALTERNATIVES_SHOWN = 10;

  private IncumbentComparisons() {}

  /**
   * The best US incumbent under the Neutral policy, and the local alternatives that rank ahead of
   * it under the run's policy, each with the difference term by term.
   */
  static IncumbentComparison compare(Evaluation evaluation, Evaluation neutral) {
    OptionalInt neutralPosition = neutral.firstPosition(true);
    if (neutralPosition.isEmpty()) {
      return new IncumbentComparison(
          null, "No US-controlled offering meets the must-haves of this requirement", List.of());
    }
    RankedOffering incumbentNeutral = neutral.explain(neutralPosition.getAsInt());
    OptionalInt rank = evaluation.rankOf(incumbentNeutral.offeringId());
    RankedOffering incumbent;
    String status;
    int aheadOf;
    if (rank.isPresent()) {
      incumbent = evaluation.explain(rank.getAsInt() - 1);
      aheadOf = rank.getAsInt() - 1;
      status =
          "Ranks first among US-controlled offerings under the Neutral policy; ranks "
              + rank.getAsInt()
              + " under this policy";
    } else {
      incumbent = incumbentNeutral;
      aheadOf = evaluation.rankedCount();
      status =
          "Ranks first among US-controlled offerings under the Neutral policy; excluded under this policy";
    }
    List<Alternative> alternatives = new ArrayList<>();
    for (int k = 0; k < aheadOf && alternatives.size() < ALTERNATIVES_SHOWN; k++) {
      if (!evaluation.usIncumbentAt(k)) {
        RankedOffering alternative = evaluation.explain(k);
        alternatives.add(
            new Alternative(
                alternative,
                alternative.score().subtract(incumbent.score()),
                differences(alternative.terms(), incumbent.terms())));
      }
    }
    return new IncumbentComparison(incumbent, status, List.copyOf(alternatives));
  }

  private static List<TermDifference> differences(List<Term> alternative, List<Term> incumbent) {
    Map<String, BigDecimal> ours = pointsByLabel(alternative);
    Map<String, BigDecimal> theirs = pointsByLabel(incumbent);
    Set<String> labels = new LinkedHashSet<>(ours.keySet());
    labels.addAll(theirs.keySet());
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    return labels.stream()
        .map(
            label -> {
              BigDecimal a = ours.getOrDefault(label, zero);
              BigDecimal b = theirs.getOrDefault(label, zero);
              return new TermDifference(label, a, b, a.subtract(b));
            })
        .toList();
  }

  private static Map<String, BigDecimal> pointsByLabel(List<Term> terms) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    terms.forEach(term -> points.merge(term.label(), term.points(), BigDecimal::add));
    return points;
  }
}

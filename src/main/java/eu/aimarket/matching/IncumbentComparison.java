package eu.aimarket.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Instead of the best US incumbent, these local alternatives": the US-controlled offering that
 * ranks first under the Neutral policy, and the offerings not controlled from the US that rank
 * ahead of it under the run's policy, each with the difference term by term.
 */
public record IncumbentComparison(
    RankedOffering incumbent, String incumbentStatus, List<Alternative> alternatives) {

  /** A local alternative and how its terms differ from the incumbent's under the same policy. */
  public record Alternative(
      RankedOffering offering, BigDecimal scoreDifference, List<TermDifference> differences) {}

  /** One term's points for the alternative and the incumbent (0 where a term does not apply). */
  public record TermDifference(
      String label, BigDecimal alternative, BigDecimal incumbent, BigDecimal difference) {}
}

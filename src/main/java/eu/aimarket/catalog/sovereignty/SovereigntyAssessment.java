package eu.aimarket.catalog.sovereignty;

import eu.aimarket.catalog.ClaimAttribute;
import java.util.List;

/**
 * The sovereignty assessment of one offering: a SEAL level per objective with its reasons, and the
 * Sovereignty Score 0-100. {@code overallSeal} is the minimum over the objectives (the framework
 * defines none; the weakest objective is the honest summary).
 */
public record SovereigntyAssessment(
    double score, int overallSeal, boolean fullyVerified, List<ObjectiveAssessment> objectives) {

  /** Points of an objective whose claims are only declared count this share of a verified one. */
  public static final double DECLARED_CONFIDENCE = 0.75;

  public static final int MAX_SEAL = 4;

  public ObjectiveAssessment objective(Objective objective) {
    return objectives.get(objective.ordinal());
  }

  public int seal(Objective objective) {
    return objective(objective).seal();
  }

  /**
   * One objective's level. {@code points} is the SEAL level times the confidence (1 when every
   * claim it rests on is verified, {@link #DECLARED_CONFIDENCE} otherwise), out of {@code
   * maxPoints}.
   */
  public record ObjectiveAssessment(
      String id,
      String title,
      int weightPercent,
      int seal,
      double points,
      int maxPoints,
      boolean verified,
      List<String> reasons,
      List<ClaimAttribute> unverifiedClaims) {}
}

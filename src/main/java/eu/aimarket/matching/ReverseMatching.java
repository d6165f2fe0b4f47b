package eu.aimarket.matching;

import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementSummary;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.MatchEngine.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which open requirements an offering passes, ranked under each requirement's own policy. */
@ApplicationScoped
public class ReverseMatching {

  private final RequirementService requirements;
  private final MatchService matches;

  ReverseMatching(RequirementService requirements, MatchService matches) {
    this.requirements = requirements;
    this.matches = matches;
  }

  /** One open requirement the offering passes, and its place there. */
  public record MatchingRequirement(
      RequirementSummary requirement,
      @Schema(example = "Sovereignty first") String policyName,
      int policyVersion,
      int rank,
      int rankedCount,
      BigDecimal score) {}

  public List<MatchingRequirement> forOffering(UUID offeringId) {
    List<MatchingRequirement> found = new ArrayList<>();
    for (RequirementView requirement : requirements.open()) {
      var policy = matches.policyFor(requirement);
      Evaluation evaluation = matches.evaluate(requirement, policy, true);
      OptionalInt rank = evaluation.rankOf(offeringId);
      if (rank.isPresent()) {
        found.add(
            new MatchingRequirement(
                RequirementSummary.of(requirement),
                policy.name(),
                policy.version(),
                rank.getAsInt(),
                evaluation.rankedCount(),
                evaluation.explain(rank.getAsInt() - 1).score()));
      }
    }
    return List.copyOf(found);
  }
}

package eu.aimarket.matching;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.Page;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementSummary;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.MatchEngine.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which open requirements an offering passes, ranked under each requirement's own policy. */
@ApplicationScoped
public class ReverseMatching {

  /** How many open requirements are ranked at a time while a page is filled. */
  private static final int BATCH = 50;

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

  /**
   * One page of the open requirements the offering passes, in requirement id order: open
   * requirements are ranked a batch at a time until the page (and one more, to know there is a
   * next) is full.
   */
  public Page<MatchingRequirement> forOffering(UUID offeringId, String cursor, int limit) {
    UUID after = Cursor.decode(cursor);
    List<MatchingRequirement> found = new ArrayList<>();
    while (found.size() <= limit) {
      List<RequirementView> batch = requirements.openAfter(after, BATCH);
      for (RequirementView requirement : batch) {
        matching(offeringId, requirement).ifPresent(found::add);
        if (found.size() > limit) {
          break;
        }
      }
      if (batch.size() < BATCH) {
        break;
      }
      after = batch.get(batch.size() - 1).id();
    }
    return Cursor.page(found, limit, match -> match.requirement().id());
  }

  public List<MatchingRequirement> forOffering(UUID offeringId) {
    List<MatchingRequirement> found = new ArrayList<>();
    for (RequirementView requirement : requirements.open()) {
      matching(offeringId, requirement).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /** The offering's place under the requirement's policy, if it passes the requirement. */
  private Optional<MatchingRequirement> matching(UUID offeringId, RequirementView requirement) {
    var policy = matches.policyFor(requirement);
    Evaluation evaluation = matches.evaluate(requirement, policy, true);
    OptionalInt rank = evaluation.rankOf(offeringId);
    if (rank.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MatchingRequirement(
            RequirementSummary.of(requirement),
            policy.name(),
            policy.version(),
            rank.getAsInt(),
            evaluation.rankedCount(),
            evaluation.explain(rank.getAsInt() - 1).score()));
  }
}

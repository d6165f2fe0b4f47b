package eu.aimarket.matching;

import eu.aimarket.catalog.OfferingView;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.MatchEngine.Evaluation;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicySummary;
import eu.aimarket.policy.RuleCompiler;
import eu.aimarket.policy.RuleDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What publishing draft rules would do: every open requirement in scope ranked under the policy's
 * current version and under the draft, and the offerings that would move, before anything is
 * published. Nothing is stored; the draft's evaluation is not cached.
 */
@ApplicationScoped
public class PolicyPreview {

  /** How many movements per requirement the preview lists (the biggest first). */
  static final int MOVEMENTS_SHOWN = 50;

  private final PolicyService policies;
  private final RuleCompiler compiler;
  private final RequirementService requirements;
  private final MatchService matches;

  PolicyPreview(
      PolicyService policies,
      RuleCompiler compiler,
      RequirementService requirements,
      MatchService matches) {
    this.policies = policies;
    this.compiler = compiler;
    this.requirements = requirements;
    this.matches = matches;
  }

  /**
   * The preview of a policy's draft rules over the open requirements of the given buyers (all when
   * null).
   */
  public Preview preview(
      PolicySummary policy, List<RuleDefinition> draftRules, Collection<UUID> buyers) {
    CompiledPolicy current = policies.compiled(policy.id(), policy.version());
    CompiledPolicy draft =
        new CompiledPolicy(policy.id(), policy.name(), 0, compiler.compileAll(draftRules));
    // One snapshot for the whole preview, and the draft evaluated over it once: its
    // request-independent rules and remembered results serve every requirement.
    CatalogSnapshot snapshot = matches.snapshot();
    PolicyEvaluation currentEvaluation = PolicyEvaluation.of(snapshot, current, true);
    PolicyEvaluation draftEvaluation = PolicyEvaluation.of(snapshot, draft, false);
    List<RequirementView> inScope =
        requirements.open().stream()
            .filter(r -> buyers == null || buyers.contains(r.buyer().id()))
            .toList();
    // Rankings are independent computations on immutable data (the remembered rule results are
    // shared safely), so the requirements are ranked on all cores; the order of the answer stays
    // that of the requirements.
    List<RequirementChange> changes =
        inScope.parallelStream()
            .map(
                requirement ->
                    compare(
                        requirement,
                        matches.evaluate(snapshot, requirement, currentEvaluation),
                        matches.evaluate(snapshot, requirement, draftEvaluation)))
            .toList();
    int compared = inScope.size();
    return new Preview(
        policy.id(), policy.name(), policy.version(), compared, List.copyOf(changes));
  }

  private static RequirementChange compare(
      RequirementView requirement, Evaluation before, Evaluation after) {
    CatalogSnapshot snapshot = before.snapshot();
    int[] from = before.ranksBySnapshotIndex();
    int[] to = after.ranksBySnapshotIndex();
    List<Movement> movements = new ArrayList<>();
    for (int index = 0; index < from.length; index++) {
      if (from[index] != to[index]) {
        OfferingView offering = snapshot.candidate(index).view;
        movements.add(
            new Movement(
                offering.id(),
                offering.name(),
                offering.supplier().name(),
                from[index] == 0 ? null : from[index],
                to[index] == 0 ? null : to[index],
                from[index] == 0 || to[index] == 0 ? 0 : from[index] - to[index]));
      }
    }
    int moved = movements.size();
    List<Movement> shown =
        movements.stream()
            .sorted(
                Comparator.comparingInt(
                        (Movement m) ->
                            m.fromRank() == null || m.toRank() == null
                                ? Integer.MAX_VALUE
                                : Math.abs(m.places()))
                    .reversed()
                    .thenComparing(m -> m.toRank() == null ? Integer.MAX_VALUE : m.toRank()))
            .limit(MOVEMENTS_SHOWN)
            .toList();
    return new RequirementChange(
        requirement.id(),
        requirement.title(),
        before.rankedCount(),
        after.rankedCount(),
        moved,
        shown);
  }

  /** The outcome over all requirements compared. */
  public record Preview(
      @Schema(example = "0190f3c5-aaaa-7bbb-8ccc-ddddeeeeffff") UUID policyId,
      @Schema(example = "Sovereignty first") String policyName,
      int currentVersion,
      int requirementsCompared,
      List<RequirementChange> requirements) {}

  /** One requirement: how many offerings it ranks now and with the draft, and who moves. */
  public record RequirementChange(
      UUID requirementId,
      String title,
      int rankedBefore,
      int rankedAfter,
      int offeringsMoved,
      List<Movement> movements) {}

  /**
   * One offering's move: {@code places} is positive when it moves up. A {@code null} rank means it
   * is not ranked (excluded) on that side.
   */
  public record Movement(
      UUID offeringId,
      String offeringName,
      String supplierName,
      Integer fromRank,
      Integer toRank,
      int places) {}
}

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

  /**
   * Counts the offerings whose rank changes and lists the biggest moves: those entering or leaving
   * the ranking first, then by places moved, then by new rank, then in snapshot order. A draft can
   * move most of a category (thousands of offerings per requirement), so only the shown moves
   * become objects; the others are only counted. The profile of a preview over 1,000 requirements
   * had building and sorting every move take half its time.
   */
  static RequirementChange compare(
      RequirementView requirement, Evaluation before, Evaluation after) {
    CatalogSnapshot snapshot = before.snapshot();
    int[] from = before.ranksBySnapshotIndex();
    int[] to = after.ranksBySnapshotIndex();
    BiggestMoves biggest = new BiggestMoves(MOVEMENTS_SHOWN);
    int moved = 0;
    for (int index = 0; index < from.length; index++) {
      if (from[index] != to[index]) {
        moved++;
        biggest.offer(index, from[index], to[index]);
      }
    }
    List<Movement> shown = new ArrayList<>(biggest.count);
    for (int i = 0; i < biggest.count; i++) {
      int index = biggest.indexes[i];
      OfferingView offering = snapshot.candidate(index).view;
      int fromRank = from[index];
      int toRank = to[index];
      shown.add(
          new Movement(
              offering.id(),
              offering.name(),
              offering.supplier().name(),
              fromRank == 0 ? null : fromRank,
              toRank == 0 ? null : toRank,
              fromRank == 0 || toRank == 0 ? 0 : fromRank - toRank));
    }
    return new RequirementChange(
        requirement.id(),
        requirement.title(),
        before.rankedCount(),
        after.rankedCount(),
        moved,
        List.copyOf(shown));
  }

  /**
   * The first {@code limit} moves in the order shown, kept sorted as they are offered in snapshot
   * order; a move ties with an earlier one only by coming later, so it goes after it.
   */
  static final class BiggestMoves {

    final int[] indexes;
    final long[] keys;
    int count;

    BiggestMoves(int limit) {
      this.indexes = new int[limit];
      this.keys = new long[limit];
    }

    /** A rank of 0 means not ranked on that side. */
    void offer(int index, int fromRank, int toRank) {
      int size = fromRank == 0 || toRank == 0 ? Integer.MAX_VALUE : Math.abs(fromRank - toRank);
      int newRank = toRank == 0 ? Integer.MAX_VALUE : toRank;
      // Smaller keys come first: bigger moves, then smaller new ranks.
      long key = ((long) (Integer.MAX_VALUE - size) << 32) | newRank;
      if (count == keys.length && key >= keys[count - 1]) {
        return;
      }
      int at = count == keys.length ? count - 1 : count;
      while (at > 0 && keys[at - 1] > key) {
        keys[at] = keys[at - 1];
        indexes[at] = indexes[at - 1];
        at--;
      }
      keys[at] = key;
      indexes[at] = index;
      if (count < keys.length) {
        count++;
      }
    }
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

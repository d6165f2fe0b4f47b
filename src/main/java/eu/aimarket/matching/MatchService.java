package eu.aimarket.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.integration.Events;
import eu.aimarket.matching.MatchEngine.Evaluation;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.PolicyRef;
import eu.aimarket.policy.PolicyService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Match runs: ranks a requirement on the current catalogue under its buyer's policy, keeps the
 * explained result with the versions of everything it used, and replays it on demand.
 */
@ApplicationScoped
public class MatchService {

  /**
   * How many ranked results and exclusions a run keeps and shows, each explained term by term; the
   * counts are kept in full, and a replay ranks everything again. Explaining, writing and sending
   * 500 results and 1,000 exclusions took most of a match request's time at 100,000 offerings
   * (bench/findings.md), for pages nobody reads that far.
   */
  static final int RESULTS_KEPT = 100;

  static final int EXCLUSIONS_KEPT = 100;

  private final RequirementService requirements;
  private final PolicyService policies;
  private final CatalogSnapshots snapshots;
  private final MatchRunRepository runs;
  private final ObjectMapper json;
  private final Clock clock;
  private final Events events;
  private final RankingAdmission admission;

  MatchService(
      RequirementService requirements,
      PolicyService policies,
      CatalogSnapshots snapshots,
      MatchRunRepository runs,
      ObjectMapper json,
      Clock clock,
      Events events,
      RankingAdmission admission) {
    this.events = events;
    this.admission = admission;
    this.requirements = requirements;
    this.policies = policies;
    this.snapshots = snapshots;
    this.runs = runs;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Ranks the requirement now and keeps the run. The ranking runs outside any transaction, on the
   * in-memory snapshot: a database connection is taken only to read the policy and, afterwards, to
   * record the run, so the connection pool does not bound how many rankings run at once. The number
   * of rankings under way is bounded instead ({@link RankingAdmission}).
   */
  public MatchRunView run(RequirementView requirement, UUID requestedPolicyId, String actor) {
    Policies chosen =
        QuarkusTransaction.joiningExisting()
            .call(
                () -> {
                  PolicyRef ref =
                      policies.resolve(
                          requirement.buyer().id(),
                          requestedPolicyId != null ? requestedPolicyId : requirement.policyId());
                  PolicyRef neutralRef = policies.neutral();
                  return new Policies(
                      policies.compiled(ref.policyId(), ref.version()),
                      policies.compiled(neutralRef.policyId(), neutralRef.version()));
                });
    CompiledPolicy policy = chosen.policy();
    CompiledPolicy neutral = chosen.neutral();
    CatalogSnapshot snapshot = snapshots.current();
    MatchResult result = admission.rank(() -> compute(snapshot, requirement, policy, neutral));
    String stored = write(result);
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              MatchRun run =
                  new MatchRun(
                      UUID.randomUUID(),
                      requirement.id(),
                      requirement.version(),
                      requirement.buyer().id(),
                      policy.policyId(),
                      policy.name(),
                      policy.version(),
                      neutral.policyId(),
                      neutral.version(),
                      snapshot.catalogVersion(),
                      result.ranking().rankedCount(),
                      result.ranking().excludedCount(),
                      stored,
                      actor,
                      OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
              runs.persist(run);
              MatchRunView view = view(run, result);
              events.matchRunCompleted(view, requirement.buyer().id());
              return view;
            });
  }

  /** The policy a run ranks under and the neutral one its incumbent comparison uses. */
  private record Policies(CompiledPolicy policy, CompiledPolicy neutral) {}

  @Transactional(TxType.SUPPORTS)
  public MatchRunView get(UUID runId) {
    MatchRun run = load(runId);
    return view(run, read(run.getResult()));
  }

  /** The runs of a requirement, newest first, without their results. */
  @Transactional(TxType.SUPPORTS)
  public List<MatchRunView> runsOf(UUID requirementId) {
    return runs.findByRequirement(requirementId).stream().map(run -> view(run, null)).toList();
  }

  /** The runs of a requirement, newest first, one page at a time, without their results. */
  @Transactional(TxType.SUPPORTS)
  public Page<MatchRunView> runsOf(UUID requirementId, String cursor, int limit) {
    UUID afterId = Cursor.decode(cursor);
    MatchRun after = null;
    if (afterId != null) {
      after =
          runs.findByIdOptional(afterId)
              .filter(run -> run.getRequirementId().equals(requirementId))
              .orElseThrow(
                  () -> DomainException.invalid("cursor", "is not a cursor of this requirement"));
    }
    List<MatchRun> rows = runs.findByRequirementAfter(requirementId, after, limit + 1);
    return Cursor.page(rows, limit, MatchRun::getId).map(run -> view(run, null));
  }

  /** The buyer organisation a run belongs to, for access decisions. */
  @Transactional(TxType.SUPPORTS)
  public UUID buyerOf(UUID runId) {
    return load(runId).getBuyerOrganisationId();
  }

  /**
   * Ranks again with exactly the inputs of a run: the requirement, policy and catalogue at the
   * versions the run recorded. The result is compared with the stored one.
   */
  @Transactional(TxType.SUPPORTS)
  public Replay replay(UUID runId) {
    MatchRun run = load(runId);
    RequirementView requirement =
        requirements
            .atVersion(run.getRequirementId(), run.getRequirementVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Requirement "
                            + run.getRequirementId()
                            + " v"
                            + run.getRequirementVersion()
                            + " is missing"));
    CompiledPolicy policy = policies.compiled(run.getPolicyId(), run.getPolicyVersion());
    CompiledPolicy neutral =
        policies.compiled(run.getNeutralPolicyId(), run.getNeutralPolicyVersion());
    MatchResult replayed =
        compute(snapshots.at(run.getCatalogVersion()), requirement, policy, neutral);
    String replayedJson = write(replayed);
    return new Replay(run.getId(), replayedJson.equals(run.getResult()), view(run, replayed));
  }

  /** A replay's outcome: whether it gave the stored result, and the result it gave. */
  public record Replay(
      @Schema(example = "0190f3c6-0123-7456-8789-0abcdef01234") UUID runId,
      boolean identical,
      MatchRunView replayed) {}

  /** Ranks without keeping anything: the engine on the current catalogue. */
  public Evaluation evaluate(
      RequirementView requirement, CompiledPolicy policy, boolean publishedPolicy) {
    return MatchEngine.evaluate(
        snapshots.current(),
        requirement,
        RuleVariables.buyer(requirement),
        RuleVariables.requirement(requirement),
        policy,
        publishedPolicy);
  }

  /**
   * Ranks a requirement on a given snapshot under a policy evaluated over it; for previews, which
   * rank many requirements under one draft.
   */
  Evaluation evaluate(
      CatalogSnapshot snapshot, RequirementView requirement, PolicyEvaluation policy) {
    return MatchEngine.evaluate(
        snapshot,
        requirement,
        RuleVariables.buyer(requirement),
        RuleVariables.requirement(requirement),
        policy);
  }

  /** The catalogue snapshot rankings use now. */
  CatalogSnapshot snapshot() {
    return snapshots.current();
  }

  /** The policy a requirement is ranked under when no other is asked for. */
  public CompiledPolicy policyFor(RequirementView requirement) {
    PolicyRef ref = policies.resolve(requirement.buyer().id(), requirement.policyId());
    return policies.compiled(ref.policyId(), ref.version());
  }

  MatchResult compute(
      CatalogSnapshot snapshot,
      RequirementView requirement,
      CompiledPolicy policy,
      CompiledPolicy neutral) {
    Map<String, Object> buyer = RuleVariables.buyer(requirement);
    Map<String, Object> variables = RuleVariables.requirement(requirement);
    Evaluation evaluation =
        MatchEngine.evaluate(snapshot, requirement, buyer, variables, policy, true);
    Evaluation neutralEvaluation =
        MatchEngine.evaluate(snapshot, requirement, buyer, variables, neutral, true);
    return new MatchResult(
        evaluation.ranking(RESULTS_KEPT, EXCLUSIONS_KEPT),
        IncumbentComparisons.compare(evaluation, neutralEvaluation));
  }

  private MatchRun load(UUID runId) {
    return runs.findByIdOptional(runId)
        .orElseThrow(() -> DomainException.notFound("Match run", runId));
  }

  private static MatchRunView view(MatchRun run, MatchResult result) {
    return new MatchRunView(
        run.getId(),
        run.getRequirementId(),
        run.getRequirementVersion(),
        run.getPolicyId(),
        run.getPolicyName(),
        run.getPolicyVersion(),
        run.getNeutralPolicyVersion(),
        run.getCatalogVersion(),
        run.getCreatedBy(),
        run.getCreatedAt(),
        result == null ? null : result.ranking(),
        result == null ? null : result.incumbentComparison());
  }

  private String write(MatchResult result) {
    try {
      return json.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store a match result", e);
    }
  }

  private MatchResult read(String stored) {
    try {
      return json.readValue(stored, MatchResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a stored match result", e);
    }
  }
}

package eu.aimarket.matching;

import eu.aimarket.policy.CompiledRule;
import eu.aimarket.policy.RuleEffect;
import eu.aimarket.policy.RuleEvaluationException;
import java.util.Map;

/**
 * The results of the request-dependent rules within one ranking. Each rule is evaluated at most
 * once per group of candidates that agree on what it reads (see {@link RequestRuleInputs}); the
 * results stay here so that an explanation can say afterwards which rules fired for a candidate,
 * which one excluded it and which could not be evaluated, without keeping anything per candidate.
 */
final class RequestOutcomes {

  static final byte UNKNOWN = 0;
  static final byte HOLDS = 1;
  static final byte FAILS = 2;
  static final byte ERROR = 3;

  private final PolicyEvaluation statics;
  private final byte[][] outcomes;
  private final String[][] errors;
  private final RememberedOutcomes.Results[] remembered;

  RequestOutcomes(
      PolicyEvaluation statics,
      int snapshotSize,
      Map<String, Object> buyer,
      Map<String, Object> request) {
    this.statics = statics;
    int rules = statics.requestRules.size();
    this.outcomes = new byte[rules][];
    this.errors = new String[rules][];
    this.remembered = new RememberedOutcomes.Results[rules];
    for (int r = 0; r < rules; r++) {
      RequestRuleInputs inputs = statics.requestInputs[r];
      outcomes[r] = new byte[inputs.slots(snapshotSize)];
      remembered[r] = statics.rememberedOutcomes[r].forRequest(inputs.requestKey(buyer, request));
    }
  }

  /**
   * The result of request rule {@code r} for a candidate: from this ranking, else from an earlier
   * ranking with the same request values, else evaluated now.
   */
  byte of(
      int r,
      CatalogSnapshot snapshot,
      int index,
      Map<String, Object> buyer,
      Map<String, Object> request) {
    RequestRuleInputs inputs = statics.requestInputs[r];
    int slot = inputs.slot(index);
    byte outcome = outcomes[r][slot];
    if (outcome != UNKNOWN) {
      return outcome;
    }
    String error = null;
    outcome = remembered[r].outcome(slot);
    if (outcome == ERROR) {
      error = remembered[r].error(slot);
    } else if (outcome == UNKNOWN) {
      CompiledRule rule = statics.requestRules.get(r);
      try {
        outcome =
            rule.test(inputs.input(snapshot.candidate(index), buyer, request)) ? HOLDS : FAILS;
      } catch (RuleEvaluationException e) {
        outcome = ERROR;
        error = e.getMessage();
      }
      remembered[r].remember(slot, outcome, error);
    }
    if (error != null) {
      if (errors[r] == null) {
        errors[r] = new String[outcomes[r].length];
      }
      errors[r][slot] = error;
    }
    outcomes[r][slot] = outcome;
    return outcome;
  }

  /** Whether request rule {@code r} held for the candidate at a snapshot index. */
  boolean held(int r, int index) {
    return outcomes[r][statics.requestInputs[r].slot(index)] == HOLDS;
  }

  /** Why request rule {@code r} could not be evaluated for the candidate, or null. */
  String error(int r, int index) {
    int slot = statics.requestInputs[r].slot(index);
    return outcomes[r][slot] == ERROR ? errors[r][slot] : null;
  }

  /** The first request rule that excluded the candidate at a snapshot index, or -1. */
  int excludedBy(int index) {
    for (int r = 0; r < outcomes.length; r++) {
      byte outcome = outcomes[r][statics.requestInputs[r].slot(index)];
      RuleEffect effect = statics.requestRules.get(r).effect();
      if ((effect == RuleEffect.EXCLUDE && outcome == HOLDS)
          || (effect == RuleEffect.REQUIRE && outcome == FAILS)) {
        return r;
      }
    }
    return -1;
  }
}

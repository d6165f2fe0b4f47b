package eu.aimarket.policy;

import java.util.List;
import java.util.UUID;

/** One published version of a policy with its rules compiled, in their published order. */
public record CompiledPolicy(UUID policyId, String name, int version, List<CompiledRule> rules) {

  public CompiledPolicy {
    rules = List.copyOf(rules);
  }

  public PolicyRef ref() {
    return new PolicyRef(policyId, name, version);
  }
}

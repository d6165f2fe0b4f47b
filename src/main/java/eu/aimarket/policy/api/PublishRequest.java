package eu.aimarket.policy.api;

import eu.aimarket.policy.PolicyDraft;
import eu.aimarket.policy.RuleDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The next version of a policy: all its rules, and optionally a new name or description (left out,
 * they stay). {@code basedOnVersion} (or {@code If-Match}) says which version the change was made
 * on, so that two editors cannot overwrite each other.
 */
public record PublishRequest(
    Integer basedOnVersion,
    @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
    // [\s\S] rather than (?s). so that the OpenAPI document states an ECMAScript pattern.
    @Size(max = 2000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String description,
    @Size(max = 500) String changeNote,
    @NotNull @Size(max = 100) List<@Valid @NotNull RuleDefinition> rules) {

  PolicyDraft draft() {
    return new PolicyDraft(name, description, changeNote, rules);
  }
}

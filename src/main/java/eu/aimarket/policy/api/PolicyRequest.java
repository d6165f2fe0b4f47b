package eu.aimarket.policy.api;

import eu.aimarket.policy.PolicyDraft;
import eu.aimarket.policy.PolicyScope;
import eu.aimarket.policy.RuleDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new policy and the rules of its version 1. {@code ownerId} names the buyer organisation of a
 * {@code BUYER} policy; it may be left out by someone who buys for exactly one organisation.
 */
public record PolicyRequest(
    @Schema(example = "Prefer verified EU data residency") @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 2000) String description,
    @NotNull PolicyScope scope,
    UUID ownerId,
    @Size(max = 500) String changeNote,
    @NotNull @Size(max = 100) List<@Valid @NotNull RuleDefinition> rules) {

  PolicyDraft draft() {
    return new PolicyDraft(name, description, changeNote, rules);
  }
}

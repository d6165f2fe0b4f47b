package eu.aimarket.policy.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The policy a buyer organisation ranks with from now on. */
public record PolicyChoiceRequest(@NotNull UUID policyId) {}

package eu.aimarket.policy;

import java.util.UUID;

/** Names one published version of a policy, as match runs record it. */
public record PolicyRef(UUID policyId, String name, int version) {}

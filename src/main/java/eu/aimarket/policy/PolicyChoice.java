package eu.aimarket.policy;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The policy a buyer organisation ranks with: the one it chose ({@code chosen}), or the platform
 * default. {@code version} is the policy's latest version, which is what a match run uses.
 */
public record PolicyChoice(
    UUID organisationId,
    UUID policyId,
    String policyName,
    int version,
    boolean chosen,
    OffsetDateTime chosenAt,
    String chosenBy) {}

package eu.aimarket.policy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy as lists show it. {@code version} is its latest published version; {@code
 * platformDefault} marks the policy buyers get when they have chosen none.
 */
public record PolicySummary(
    @Schema(example = "0190f3c5-aaaa-7bbb-8ccc-ddddeeeeffff") UUID id,
    @Schema(example = "Sovereignty first") String name,
    String description,
    PolicyScope scope,
    UUID ownerId,
    int version,
    boolean template,
    boolean platformDefault,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static PolicySummary of(IncentivePolicy policy) {
    return new PolicySummary(
        policy.getId(),
        policy.getName(),
        policy.getDescription(),
        policy.getScope(),
        policy.getOwnerOrganisationId(),
        policy.getLatestVersion(),
        policy.isTemplate(),
        policy.getId().equals(PolicyTemplates.PLATFORM_DEFAULT),
        policy.getCreatedAt(),
        policy.getUpdatedAt());
  }
}

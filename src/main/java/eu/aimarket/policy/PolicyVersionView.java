package eu.aimarket.policy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published version of a policy, complete with its rules in order. */
public record PolicyVersionView(
    @Schema(example = "0190f3c5-aaaa-7bbb-8ccc-ddddeeeeffff") UUID policyId,
    int version,
    @Schema(example = "Sovereignty first") String name,
    String description,
    PolicyScope scope,
    UUID ownerId,
    String changeNote,
    OffsetDateTime publishedAt,
    String publishedBy,
    List<RuleDefinition> rules) {

  static PolicyVersionView of(IncentivePolicy policy, PolicyVersion version) {
    return new PolicyVersionView(
        policy.getId(),
        version.getNumber(),
        version.getName(),
        version.getDescription(),
        policy.getScope(),
        policy.getOwnerOrganisationId(),
        version.getChangeNote(),
        version.getPublishedAt(),
        version.getPublishedBy(),
        version.getRules().stream().map(PolicyRule::toDefinition).toList());
  }
}

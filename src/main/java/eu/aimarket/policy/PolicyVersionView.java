package eu.aimarket.policy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One published version of a policy, complete with its rules in order. */
public record PolicyVersionView(
    UUID policyId,
    int version,
    String name,
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

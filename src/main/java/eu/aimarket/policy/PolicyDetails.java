package eu.aimarket.policy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy with the rules of its latest version and the list of all its versions. */
public record PolicyDetails(
    @Schema(example = "0190f3c5-aaaa-7bbb-8ccc-ddddeeeeffff") UUID id,
    @Schema(example = "Sovereignty first") String name,
    String description,
    PolicyScope scope,
    UUID ownerId,
    int version,
    boolean template,
    boolean platformDefault,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    List<RuleDefinition> rules,
    List<VersionSummary> versions) {

  /** One published version, without its rules. */
  public record VersionSummary(
      int version,
      String name,
      String changeNote,
      int ruleCount,
      OffsetDateTime publishedAt,
      String publishedBy) {

    static VersionSummary of(PolicyVersion version) {
      return new VersionSummary(
          version.getNumber(),
          version.getName(),
          version.getChangeNote(),
          version.getRules().size(),
          version.getPublishedAt(),
          version.getPublishedBy());
    }
  }

  static PolicyDetails of(IncentivePolicy policy, List<PolicyVersion> versions) {
    PolicyVersion latest =
        versions.stream()
            .filter(v -> v.getNumber() == policy.getLatestVersion())
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Policy "
                            + policy.getId()
                            + " has no version "
                            + policy.getLatestVersion()));
    PolicySummary summary = PolicySummary.of(policy);
    return new PolicyDetails(
        summary.id(),
        summary.name(),
        summary.description(),
        summary.scope(),
        summary.ownerId(),
        summary.version(),
        summary.template(),
        summary.platformDefault(),
        summary.createdAt(),
        summary.updatedAt(),
        latest.getRules().stream().map(PolicyRule::toDefinition).toList(),
        versions.stream().map(VersionSummary::of).toList());
  }
}

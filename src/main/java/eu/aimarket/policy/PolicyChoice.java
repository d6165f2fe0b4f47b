package eu.aimarket.policy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The policy a buyer organisation ranks with: the one it chose ({@code chosen}), or the platform
 * default. {@code version} is the policy's latest version, which is what a match run uses.
 */
public record PolicyChoice(
    @Schema(example = "0190f3c4-0000-7000-8000-000000000001") UUID organisationId,
    UUID policyId,
    @Schema(example = "Sovereignty first") String policyName,
    int version,
    boolean chosen,
    OffsetDateTime chosenAt,
    String chosenBy) {

  /**
   * The entity tag of this choice: the policy, its latest version and when it was chosen, so that a
   * change of any of them is seen by {@code If-Match}.
   */
  public String tag() {
    return policyId + "-v" + version + (chosenAt == null ? "-default" : "-" + chosenAt.toInstant());
  }
}

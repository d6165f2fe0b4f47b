package eu.aimarket.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A sovereignty claim as shown to people and clients. {@code counts} says whether it counts as
 * verified now (verified and not expired); {@code reviewedBy} and {@code reviewedAt} record the
 * last admin decision, verified or rejected.
 */
public record ClaimView(
    UUID id,
    ClaimAttribute attribute,
    ClaimStatus status,
    boolean counts,
    String evidenceUrl,
    String verifiedBy,
    OffsetDateTime verifiedAt,
    OffsetDateTime expiresAt,
    String note,
    String reviewedBy,
    OffsetDateTime reviewedAt,
    long version) {

  static ClaimView of(SovereigntyClaim claim, Instant now) {
    return new ClaimView(
        claim.getId(),
        claim.getAttribute(),
        claim.getStatus(),
        claim.isVerifiedAt(now),
        claim.getEvidenceUrl(),
        claim.getVerifiedBy(),
        claim.getVerifiedAt(),
        claim.getExpiresAt(),
        claim.getNote(),
        claim.getReviewedBy(),
        claim.getReviewedAt(),
        claim.getVersion());
  }
}

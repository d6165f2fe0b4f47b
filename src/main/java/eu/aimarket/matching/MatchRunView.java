package eu.aimarket.matching;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A match run as clients read it: the versions it used and its explained result. */
public record MatchRunView(
    @Schema(example = "0190f3c6-0123-7456-8789-0abcdef01234") UUID id,
    @Schema(example = "0190f3c5-1111-7222-8333-444455556666") UUID requirementId,
    long requirementVersion,
    UUID policyId,
    String policyName,
    int policyVersion,
    int neutralPolicyVersion,
    long catalogVersion,
    String createdBy,
    OffsetDateTime createdAt,
    Ranking ranking,
    IncumbentComparison incumbentComparison) {}

package eu.aimarket.matching;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A match run as clients read it: the versions it used and its explained result. */
public record MatchRunView(
    UUID id,
    UUID requirementId,
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

package eu.aimarket.demand;

import eu.aimarket.catalog.Category;
import eu.aimarket.identity.OrganisationSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A requirement as its buyer sees it, and as a match run records it. */
public record RequirementView(
    UUID id,
    OrganisationSummary buyer,
    String title,
    String description,
    Category category,
    BigDecimal budgetMaxEur,
    String budgetUnit,
    DataSensitivity dataSensitivity,
    BuyerType buyerType,
    OffsetDateTime deadline,
    RequirementStatus status,
    UUID policyId,
    MustHaves mustHaves,
    NiceToHaves niceToHaves,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}

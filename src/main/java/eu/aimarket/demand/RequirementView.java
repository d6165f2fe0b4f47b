package eu.aimarket.demand;

import eu.aimarket.catalog.Category;
import eu.aimarket.identity.OrganisationSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A requirement as its buyer sees it, and as a match run records it. */
public record RequirementView(
    @Schema(example = "0190f3c5-1111-7222-8333-444455556666") UUID id,
    OrganisationSummary buyer,
    @Schema(example = "Multilingual assistant for citizen services") String title,
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

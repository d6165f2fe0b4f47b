package eu.aimarket.catalog;

import java.util.UUID;

/**
 * A claim as a reviewer sees it: what it is about (the supplier, or one of its offerings) and what
 * the supplier declares, so that the evidence can be checked against it.
 */
public record ClaimReview(
    ClaimView claim,
    UUID supplierId,
    String supplierName,
    UUID offeringId,
    String offeringName,
    String declaredValue) {}

package eu.aimarket.catalog;

import java.util.UUID;

/** The supplier of an offering, as every offering in a response carries it. */
public record SupplierSummary(
    UUID id,
    String name,
    String headquartersCountry,
    String controlCountry,
    String controllingEntity) {}

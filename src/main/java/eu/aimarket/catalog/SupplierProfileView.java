package eu.aimarket.catalog;

import java.util.List;
import java.util.UUID;

/** A supplier's sovereignty profile with the status of each of its claims. */
public record SupplierProfileView(
    UUID organisationId,
    String headquartersCountry,
    String controllingEntity,
    String controlCountry,
    int nonEuOwnershipPercent,
    List<ExtraterritorialLaw> extraterritorialLaws,
    EuPresence euPresence,
    boolean sme,
    long version,
    List<ClaimView> claims) {}

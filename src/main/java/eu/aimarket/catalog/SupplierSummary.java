package eu.aimarket.catalog;

import java.util.List;
import java.util.UUID;

/**
 * The supplier of an offering, as every offering in a response carries it: enough of its
 * sovereignty profile (ownership, foreign laws, EU presence, size) for a client or an incentive
 * rule to judge the offering without a second request.
 */
public record SupplierSummary(
    UUID id,
    String name,
    String headquartersCountry,
    String controlCountry,
    String controllingEntity,
    int nonEuOwnershipPercent,
    List<ExtraterritorialLaw> extraterritorialLaws,
    EuPresence euPresence,
    boolean sme) {

  public SupplierSummary {
    extraterritorialLaws = List.copyOf(extraterritorialLaws);
  }
}

package eu.aimarket.bench.generator;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.PricingModel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Generated catalogue records shaped like the application's tables, so that the same values go into
 * PostgreSQL and into the in-memory read model.
 */
public final class Rows {

  private Rows() {}

  /** An organisation that supplies, with its sovereignty profile and supplier-level claims. */
  public record Supplier(
      UUID id,
      String legalName,
      String registrationId,
      String country,
      String website,
      String headquartersCountry,
      String controllingEntity,
      String controlCountry,
      int nonEuOwnershipPercent,
      Set<ExtraterritorialLaw> extraterritorialLaws,
      EuPresence euPresence,
      boolean sme,
      OffsetDateTime createdAt,
      List<Claim> claims) {}

  /** An offering with its element collections and offering-level claims. */
  public record Offering(
      UUID id,
      UUID supplierId,
      String name,
      String description,
      Category category,
      Set<DeploymentModel> deploymentModels,
      Set<String> dataStorageCountries,
      Set<String> dataProcessingCountries,
      Set<String> supportCountries,
      Set<String> languages,
      boolean openWeights,
      String licence,
      Set<Certification> certifications,
      PricingModel pricingModel,
      BigDecimal priceEur,
      String priceUnit,
      String hardwareVendorCountry,
      Integer renewableEnergyPercent,
      BigDecimal pue,
      OfferingStatus status,
      OffsetDateTime createdAt,
      List<Claim> claims) {}

  /** A sovereignty claim; verified ones carry evidence, a reviewer and an expiry date. */
  public record Claim(
      UUID id,
      ClaimAttribute attribute,
      ClaimStatus status,
      String evidenceUrl,
      String verifiedBy,
      OffsetDateTime verifiedAt,
      OffsetDateTime expiresAt,
      OffsetDateTime updatedAt) {}

  /** An organisation that buys. */
  public record Buyer(
      UUID id, String legalName, String registrationId, String country, OffsetDateTime createdAt) {}
}

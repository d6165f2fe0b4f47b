package eu.aimarket.catalog;

import eu.aimarket.catalog.sovereignty.SovereigntyAssessment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offering as clients and pages see it: its attributes, its supplier, the status of each claim
 * and the sovereignty assessment computed from them. Immutable and detached from persistence.
 */
public record OfferingView(
    @Schema(example = "0190f3c4-5b6a-7c8d-9e0f-1a2b3c4d5e6f") UUID id,
    SupplierSummary supplier,
    @Schema(example = "Example LLM") String name,
    String description,
    Category category,
    List<DeploymentModel> deploymentModels,
    List<String> dataStorageCountries,
    List<String> dataProcessingCountries,
    List<String> supportCountries,
    List<String> languages,
    boolean openWeights,
    String licence,
    List<Certification> certifications,
    PricingModel pricingModel,
    BigDecimal priceEur,
    String priceUnit,
    String hardwareVendorCountry,
    Integer renewableEnergyPercent,
    BigDecimal pue,
    OfferingStatus status,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    List<ClaimView> claims,
    SovereigntyAssessment sovereignty) {

  /** Whether the supplier is controlled from the United States (reached by the CLOUD Act). */
  public boolean usControlled() {
    return "US".equals(supplier.controlCountry());
  }
}

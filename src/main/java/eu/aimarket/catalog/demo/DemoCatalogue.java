package eu.aimarket.catalog.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.PricingModel;
import eu.aimarket.identity.OrganisationKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The shape of {@code demo/catalogue.json}: illustrative organisations and offerings. */
@JsonIgnoreProperties(ignoreUnknown = false)
record DemoCatalogue(
    String notice, List<DemoOrganisation> organisations, List<DemoOffering> offerings) {

  record DemoOrganisation(
      String key,
      String legalName,
      String registrationId,
      String country,
      String website,
      OrganisationKind kind,
      DemoSupplier supplier,
      List<DemoMember> members) {}

  record DemoSupplier(
      String headquartersCountry,
      String controllingEntity,
      String controlCountry,
      int nonEuOwnershipPercent,
      Set<ExtraterritorialLaw> extraterritorialLaws,
      EuPresence euPresence,
      boolean sme,
      List<DemoClaim> claims) {}

  record DemoMember(String subject, String role) {}

  record DemoClaim(
      ClaimAttribute attribute,
      ClaimStatus status,
      String evidenceUrl,
      String verifiedBy,
      OffsetDateTime verifiedAt,
      OffsetDateTime expiresAt) {}

  record DemoOffering(
      String key,
      String supplier,
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
      List<DemoClaim> claims) {}
}

package eu.aimarket.catalog.sovereignty;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Everything the assessment looks at, for one offering of one supplier, detached from persistence
 * so the rules can be tested and run on a snapshot without a database. {@code verifiedAttributes}
 * names the claims that an admin verified and that have not expired; every other attribute counts
 * as declared.
 */
public record SovereigntyFacts(
    String headquartersCountry,
    String controlCountry,
    int nonEuOwnershipPercent,
    Set<ExtraterritorialLaw> extraterritorialLaws,
    EuPresence euPresence,
    Category category,
    Set<DeploymentModel> deploymentModels,
    Set<String> dataStorageCountries,
    Set<String> dataProcessingCountries,
    Set<String> supportCountries,
    boolean openWeights,
    String licence,
    Set<Certification> certifications,
    String hardwareVendorCountry,
    Integer renewableEnergyPercent,
    BigDecimal pue,
    Set<ClaimAttribute> verifiedAttributes) {

  public SovereigntyFacts {
    extraterritorialLaws = Set.copyOf(extraterritorialLaws);
    deploymentModels = Set.copyOf(deploymentModels);
    dataStorageCountries = Set.copyOf(dataStorageCountries);
    dataProcessingCountries = Set.copyOf(dataProcessingCountries);
    supportCountries = Set.copyOf(supportCountries);
    certifications = Set.copyOf(certifications);
    verifiedAttributes = Set.copyOf(verifiedAttributes);
  }
}

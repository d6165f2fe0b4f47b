package eu.aimarket.demand;

import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.LanguageCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What the buyer would like, each with a weight 0-100 it sets; together they make the fit score
 * 0-100 (each criterion counts in proportion to its weight).
 */
public record NiceToHaves(
    @Size(max = 30) Set<@NotNull @LanguageCode String> languages,
    @Min(0) @Max(100) int languagesWeight,
    @Size(max = 12) Set<@NotNull Certification> certifications,
    @Min(0) @Max(100) int certificationsWeight,
    @Min(0) @Max(100) int openWeightsWeight,
    @Size(max = 4) Set<@NotNull DeploymentModel> deploymentModels,
    @Min(0) @Max(100) int deploymentModelsWeight,
    @Min(0) @Max(100) int euSupportWeight,
    @Min(0) @Max(100) int priceWeight) {

  public NiceToHaves {
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
    deploymentModels = deploymentModels == null ? Set.of() : Set.copyOf(deploymentModels);
  }

  public static NiceToHaves none() {
    return new NiceToHaves(null, 0, null, 0, 0, null, 0, 0, 0);
  }

  public int totalWeight() {
    return languagesWeight
        + certificationsWeight
        + openWeightsWeight
        + deploymentModelsWeight
        + euSupportWeight
        + priceWeight;
  }
}

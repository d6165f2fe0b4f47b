package eu.aimarket.demand;

import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.CountryCode;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.LanguageCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Hard constraints: an offering that misses any of them is excluded, with the constraint named.
 * Empty sets mean "no constraint". {@code minimumSeal} maps objective ids ("SOV-3") to the lowest
 * acceptable SEAL level.
 */
public record MustHaves(
    DataLocation dataLocation,
    @Size(max = 60) Set<@NotNull @CountryCode String> dataCountries,
    @Size(max = 4) Set<@NotNull DeploymentModel> deploymentModels,
    @Size(max = 12) Set<@NotNull Certification> certifications,
    Boolean openWeights,
    @Size(max = 30) Set<@NotNull @LanguageCode String> languages,
    @Size(max = 8)
        Map<
                @NotNull
                @Pattern(regexp = "SOV-[1-8]", message = "must be an objective id SOV-1 .. SOV-8")
                String,
                @NotNull @Min(0) @Max(4) Integer>
            minimumSeal,
    @DecimalMin("0") @Digits(integer = 10, fraction = 4) BigDecimal maxPriceEur) {

  public MustHaves {
    dataLocation = dataLocation == null ? DataLocation.ANY : dataLocation;
    dataCountries = dataCountries == null ? Set.of() : Set.copyOf(dataCountries);
    deploymentModels = deploymentModels == null ? Set.of() : Set.copyOf(deploymentModels);
    certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
    openWeights = openWeights != null && openWeights;
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    minimumSeal = minimumSeal == null ? Map.of() : Map.copyOf(minimumSeal);
  }

  public static MustHaves none() {
    return new MustHaves(null, null, null, null, null, null, null, null);
  }
}

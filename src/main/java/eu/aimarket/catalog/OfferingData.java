package eu.aimarket.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a supplier says about an offering: the body of create and update requests, validated field
 * by field. Lists that are left out count as empty. {@code supplierId} may be left out by a member
 * of exactly one supplier; {@code version} is the version an update is based on (or send {@code
 * If-Match}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferingData(
    UUID supplierId,
    @Schema(example = "Example LLM") @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 2000) String description,
    @NotNull Category category,
    @NotEmpty @Size(max = 4) Set<@NotNull DeploymentModel> deploymentModels,
    @Size(max = 60) Set<@NotNull @CountryCode String> dataStorageCountries,
    @Size(max = 60) Set<@NotNull @CountryCode String> dataProcessingCountries,
    @Size(max = 60) Set<@NotNull @CountryCode String> supportCountries,
    @Size(max = 60) Set<@NotNull @LanguageCode String> languages,
    @NotNull Boolean openWeights,
    @Size(max = 100)
        @Pattern(
            regexp = "[A-Za-z0-9.+-]+",
            message = "must be an SPDX licence id such as Apache-2.0")
        String licence,
    @Size(max = 12) Set<@NotNull Certification> certifications,
    @NotNull PricingModel pricingModel,
    @DecimalMin("0") @Digits(integer = 10, fraction = 4) BigDecimal priceEur,
    @Size(max = 60) String priceUnit,
    @CountryCode String hardwareVendorCountry,
    @Min(0) @Max(100) Integer renewableEnergyPercent,
    @DecimalMin("1.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 2) BigDecimal pue,
    OfferingStatus status,
    Long version) {

  public OfferingData {
    deploymentModels = deploymentModels == null ? Set.of() : deploymentModels;
    dataStorageCountries = dataStorageCountries == null ? Set.of() : dataStorageCountries;
    dataProcessingCountries = dataProcessingCountries == null ? Set.of() : dataProcessingCountries;
    supportCountries = supportCountries == null ? Set.of() : supportCountries;
    languages = languages == null ? Set.of() : languages;
    certifications = certifications == null ? Set.of() : certifications;
  }
}

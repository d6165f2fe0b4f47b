package eu.aimarket.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The supplier-level sovereignty attributes, as a supplier declares them. */
public record SupplierProfileData(
    @NotNull @CountryCode String headquartersCountry,
    @NotBlank @Size(max = 200) String controllingEntity,
    @NotNull @CountryCode String controlCountry,
    @NotNull @Min(0) @Max(100) Integer nonEuOwnershipPercent,
    @Size(max = 10) Set<@NotNull ExtraterritorialLaw> extraterritorialLaws,
    @NotNull EuPresence euPresence,
    @NotNull Boolean sme) {

  public SupplierProfileData {
    extraterritorialLaws = extraterritorialLaws == null ? Set.of() : extraterritorialLaws;
  }
}

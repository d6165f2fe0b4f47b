package eu.aimarket.identity.api;

import eu.aimarket.catalog.CountryCode;
import eu.aimarket.catalog.SupplierProfileData;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Registration or change of an organisation. {@code supplier} holds the supplier-level sovereignty
 * attributes and is required when the organisation supplies.
 */
public record OrganisationRequest(
    @Schema(example = "Example AI SAS") @NotBlank @Size(max = 200) String legalName,
    @NotNull
        @Pattern(
            regexp = "[A-Z]{2}[0-9A-Z+*]{2,13}|[0-9A-Z]{18}[0-9]{2}",
            message =
                "must be a VAT number with its country prefix (e.g. FR12345678901) or a 20-character LEI")
        String registrationId,
    @NotNull @CountryCode String country,
    @Size(max = 500)
        @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http(s) address")
        String website,
    @NotNull OrganisationKind kind,
    @Valid SupplierProfileData supplier,
    Long version) {

  public OrganisationDetails details() {
    return new OrganisationDetails(
        null,
        legalName.strip(),
        registrationId,
        country,
        website == null || website.isBlank() ? null : website.strip(),
        kind,
        0,
        null,
        null);
  }
}

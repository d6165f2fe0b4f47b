package eu.aimarket.demand;

import eu.aimarket.catalog.Category;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A requirement as a buyer writes it: the body of create and update requests. {@code
 * buyerOrganisationId} may be left out by a member of exactly one buyer organisation; {@code
 * version} is the version an update is based on (or send {@code If-Match}).
 */
public record RequirementData(
    UUID buyerOrganisationId,
    @Schema(example = "Multilingual assistant for citizen services") @NotBlank @Size(max = 200)
        String title,
    @NotBlank @Size(max = 4000) String description,
    @NotNull Category category,
    @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal budgetMaxEur,
    @Size(max = 60) String budgetUnit,
    @NotNull DataSensitivity dataSensitivity,
    @NotNull BuyerType buyerType,
    OffsetDateTime deadline,
    RequirementStatus status,
    UUID policyId,
    @Valid MustHaves mustHaves,
    @Valid NiceToHaves niceToHaves,
    Long version) {

  public RequirementData {
    mustHaves = mustHaves == null ? MustHaves.none() : mustHaves;
    niceToHaves = niceToHaves == null ? NiceToHaves.none() : niceToHaves;
  }
}

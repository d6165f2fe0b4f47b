package eu.aimarket.tender;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a supplier writes in a response. A draft may be incomplete; submitting needs offerings, a
 * price and evidence for every must-have.
 */
public record ResponseDraft(
    @Schema(example = "0190f3c4-0000-7000-8000-000000000002") UUID supplierOrganisationId,
    @Size(max = 20) List<@NotNull UUID> offeringIds,
    @Schema(example = "120000.00") @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal priceEur,
    @Schema(example = "per year") @Size(max = 100) String priceUnit,
    @Size(max = 20)
        Map<@NotNull @Size(max = 40) String, @NotNull @Size(max = 4000) String> evidence,
    Long version) {

  public ResponseDraft {
    offeringIds = offeringIds == null ? List.of() : List.copyOf(offeringIds);
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }
}

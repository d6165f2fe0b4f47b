package eu.aimarket.tender;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a supplier writes in a response. A draft may be incomplete; submitting needs offerings, a
 * price and evidence for every must-have.
 */
public record ResponseDraft(
    UUID supplierOrganisationId,
    @Size(max = 20) List<@NotNull UUID> offeringIds,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal priceEur,
    @Size(max = 100) String priceUnit,
    @Size(max = 20)
        Map<@NotNull @Size(max = 40) String, @NotNull @Size(max = 4000) String> evidence,
    Long version) {

  public ResponseDraft {
    offeringIds = offeringIds == null ? List.of() : List.copyOf(offeringIds);
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }
}

package eu.aimarket.tender;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a buyer concludes a tender: {@code AWARDED} names the response, the value and the contract's
 * start and end; {@code NONE_SUITABLE} and {@code CANCELLED} give a reason.
 */
public record Conclusion(
    @Schema(example = "AWARDED") @NotNull TenderOutcome outcome,
    @Schema(example = "0190f3c7-7a11-7b21-8c31-9d41e5f60719") UUID responseId,
    @Schema(example = "120000.00") @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal valueEur,
    LocalDate contractStart,
    LocalDate contractEnd,
    @Size(max = 2000) String reason,
    Long version) {}

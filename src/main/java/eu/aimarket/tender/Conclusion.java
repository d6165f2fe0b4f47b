package eu.aimarket.tender;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How a buyer concludes a tender: {@code AWARDED} names the response, the value and the contract's
 * start and end; {@code NONE_SUITABLE} and {@code CANCELLED} give a reason.
 */
public record Conclusion(
    @NotNull TenderOutcome outcome,
    UUID responseId,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal valueEur,
    LocalDate contractStart,
    LocalDate contractEnd,
    @Size(max = 2000) String reason,
    Long version) {}

package eu.aimarket.policy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One incentive rule as people write it: a CEL condition, what it does, and why. {@code points} is
 * required for {@link RuleEffect#POINTS} rules and must be absent otherwise; {@link RuleCompiler}
 * checks that, since it needs both fields at once.
 */
public record RuleDefinition(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 2000) String condition,
    @NotNull RuleEffect effect,
    @DecimalMin("-1000") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal points,
    @NotBlank @Size(max = 500) String reason) {}

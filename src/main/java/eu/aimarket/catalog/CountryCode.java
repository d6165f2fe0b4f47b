package eu.aimarket.catalog;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code in upper case; {@code null} is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {
  String message() default "is not an ISO 3166-1 alpha-2 country code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<CountryCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Countries.isKnown(value);
    }
  }
}

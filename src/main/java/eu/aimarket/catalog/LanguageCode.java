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
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 639-1 two-letter language code in lower case; {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageCode {
  String message() default "is not an ISO 639-1 language code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<LanguageCode, String> {
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isKnown(value);
    }

    public static boolean isKnown(String value) {
      return value != null && value.length() == 2 && CODES.contains(value);
    }
  }
}

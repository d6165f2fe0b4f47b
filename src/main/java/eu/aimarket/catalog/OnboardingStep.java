package eu.aimarket.catalog;

import io.quarkus.qute.TemplateEnum;
import java.util.Locale;

/** The steps of a supplier's onboarding, in the order they are filled in. */
@TemplateEnum
public enum OnboardingStep {
  ORGANISATION,
  OWNERSHIP,
  OFFERINGS,
  REVIEW;

  /** The lower-case name used in URLs. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The 1-based number shown to people ("Step 2 of 4"). */
  public int number() {
    return ordinal() + 1;
  }

  public OnboardingStep next() {
    return this == REVIEW ? REVIEW : values()[ordinal() + 1];
  }

  /** The step named in a URL, or {@code null} when the name is not a step. */
  public static OnboardingStep fromParameter(String value) {
    if (value == null) {
      return null;
    }
    for (OnboardingStep step : values()) {
      if (step.parameter().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return step;
      }
    }
    return null;
  }

  public static OnboardingStep later(OnboardingStep a, OnboardingStep b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}

package eu.aimarket.catalog.web;

import eu.aimarket.catalog.OnboardingStep;
import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** What the onboarding pages need beyond their data. */
@TemplateExtension(namespace = "onboarding")
public final class OnboardingExtensions {

  private OnboardingExtensions() {}

  static List<OnboardingStep> steps() {
    return List.of(OnboardingStep.values());
  }
}

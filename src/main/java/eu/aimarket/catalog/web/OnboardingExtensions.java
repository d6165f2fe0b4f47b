package eu.aimarket.catalog.web;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.OnboardingStep;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Optional;

/** What the onboarding pages need beyond their data. */
@TemplateExtension(namespace = "onboarding")
public final class OnboardingExtensions {

  private OnboardingExtensions() {}

  static List<OnboardingStep> steps() {
    return List.of(OnboardingStep.values());
  }

  /** The name of a law as saved in a draft (its constant), or the text itself if unknown. */
  static String law(String constant) {
    return parse(ExtraterritorialLaw.class, constant)
        .map(ExtraterritorialLaw::label)
        .orElse(constant);
  }

  /** A saved EU presence, for its translated label. */
  static EuPresence presence(String constant) {
    return parse(EuPresence.class, constant).orElse(null);
  }

  /** A saved category, for its translated label. */
  static Category category(String constant) {
    return parse(Category.class, constant).orElse(null);
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String constant) {
    try {
      return Optional.of(Enum.valueOf(type, constant));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}

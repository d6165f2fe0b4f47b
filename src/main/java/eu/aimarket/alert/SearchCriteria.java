package eu.aimarket.alert;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.LanguageCode;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.demand.RequirementView;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * What a saved search looks for; every criterion given must hold. {@code text} is found in the name
 * or title and the description, case-insensitively; {@code openWeights} and {@code language} apply
 * to offerings (a requirement's must-have languages for requirement searches).
 */
public record SearchCriteria(
    Category category,
    @Size(max = 200) String text,
    Boolean openWeights,
    @LanguageCode String language) {

  public boolean matches(OfferingView offering) {
    return (category == null || category == offering.category())
        && contains(offering.name(), offering.description())
        && (openWeights == null || openWeights == offering.openWeights())
        && (language == null || offering.languages().contains(language));
  }

  public boolean matches(RequirementView requirement) {
    return (category == null || category == requirement.category())
        && contains(requirement.title(), requirement.description())
        && (language == null || requirement.mustHaves().languages().contains(language));
  }

  private boolean contains(String name, String description) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return (name != null && name.toLowerCase(Locale.ROOT).contains(wanted))
        || (description != null && description.toLowerCase(Locale.ROOT).contains(wanted));
  }
}

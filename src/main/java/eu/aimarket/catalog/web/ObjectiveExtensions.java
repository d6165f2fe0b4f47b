package eu.aimarket.catalog.web;

import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import io.quarkus.qute.TemplateExtension;

/** Lets a page name an assessed objective in the reader's language. */
@TemplateExtension
public final class ObjectiveExtensions {

  private ObjectiveExtensions() {}

  static Objective objective(ObjectiveAssessment assessment) {
    return Objective.byId(assessment.id());
  }
}

package eu.aimarket.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template rendered for a request the reader's language, so that message bundles and
 * {@code <html lang>} agree without each page resource remembering to set it.
 */
@ApplicationScoped
public class LocalisedTemplates implements TemplateInstance.Initializer {

  void register(@Observes EngineBuilder engine) {
    engine.addTemplateInstanceInitializer(this);
  }

  @Override
  public void accept(TemplateInstance instance) {
    if (Arc.container().requestContext().isActive()) {
      instance.setLocale(Arc.container().instance(Language.class).get().locale());
    }
  }
}

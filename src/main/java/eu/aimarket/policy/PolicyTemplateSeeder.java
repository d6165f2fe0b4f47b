package eu.aimarket.policy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Seeds the shipped policies at start-up, in every profile: the matching engine needs the platform
 * default and "Neutral" everywhere. Idempotent, and safe when several replicas start at once.
 */
@ApplicationScoped
class PolicyTemplateSeeder {

  private static final Logger LOG = Logger.getLogger(PolicyTemplateSeeder.class);

  private final PolicyService policies;

  PolicyTemplateSeeder(PolicyService policies) {
    this.policies = policies;
  }

  void onStart(@Observes StartupEvent event) {
    for (PolicyTemplates.Template template : PolicyTemplates.ALL) {
      seed(template);
    }
  }

  void seed(PolicyTemplates.Template template) {
    try {
      boolean added = QuarkusTransaction.requiringNew().call(() -> policies.seed(template));
      if (added) {
        LOG.infof("Seeded the shipped policy \"%s\"", template.name());
      }
    } catch (RuntimeException e) {
      // Another replica may have seeded it at the same moment; that is success too.
      if (!policies.exists(template.id())) {
        throw e;
      }
    }
  }
}

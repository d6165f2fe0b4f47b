package eu.aimarket.policy.web;

import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.policy.PolicyDetails;
import eu.aimarket.policy.PolicyRef;
import eu.aimarket.policy.PolicyService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The published ranking parameters, readable by anyone: every platform policy's current rules in
 * words, how fit and scores are computed, the SEAL levels and the Sovereignty Score formula.
 */
@Path("/transparency")
@Produces(MediaType.TEXT_HTML)
public class TransparencyPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance transparency(
        List<PolicyDetails> policies, List<Objective> objectives, List<Integer> sealLevels);
  }

  private final PolicyService policies;

  public TransparencyPage(PolicyService policies) {
    this.policies = policies;
  }

  @GET
  public TemplateInstance transparency() {
    List<PolicyDetails> published =
        policies.platformPolicies().stream().map(PolicyRef::policyId).map(policies::get).toList();
    return Templates.transparency(published, List.of(Objective.values()), List.of(0, 1, 2, 3, 4));
  }
}

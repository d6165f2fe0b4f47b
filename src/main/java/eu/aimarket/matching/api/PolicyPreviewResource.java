package eu.aimarket.matching.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import eu.aimarket.matching.PolicyPreview;
import eu.aimarket.policy.PolicyScope;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicySummary;
import eu.aimarket.policy.RuleDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Preview of draft rules: how open requirements' rankings would change, before publishing. */
@Path("/api/v1/policies/{id}/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class PolicyPreviewResource {

  /** The draft rules to compare with the policy's current version. */
  public record PreviewRequest(
      @NotNull @Size(max = 100) List<@Valid @NotNull RuleDefinition> rules) {}

  private final PolicyPreview preview;
  private final PolicyService policies;
  private final AccessPolicy access;

  public PolicyPreviewResource(PolicyPreview preview, PolicyService policies, AccessPolicy access) {
    this.preview = preview;
    this.policies = policies;
    this.access = access;
  }

  @POST
  @Operation(
      operationId = "previewPolicy",
      summary = "Preview draft rules on the open requirements",
      description =
          "Ranks every open requirement in your scope under the policy's current version and under"
              + " the draft rules, and lists the offerings that move and by how many places."
              + " Nothing is saved. Platform policies: admins, over all open requirements; a buyer"
              + " organisation's policy: its buyers, over its own open requirements.")
  @APIResponse(responseCode = "200", description = "The preview")
  @APIResponse(
      responseCode = "400",
      description = "A draft rule does not compile (named, with the position)")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed to change this policy")
  @APIResponse(responseCode = "404", description = "No such policy, or not visible to you")
  public PolicyPreview.Preview preview(
      @PathParam("id") UUID policyId, @Valid @NotNull PreviewRequest request) {
    access.requireSignedIn();
    PolicySummary policy =
        policies.find(policyId).orElseThrow(() -> DomainException.notFound("Policy", policyId));
    if (policy.scope() == PolicyScope.PLATFORM) {
      access.requireAdmin();
      return preview.preview(policy, request.rules(), null);
    }
    if (!access.canManageRequirementsOf(policy.ownerId())) {
      throw DomainException.notFound("Policy", policyId);
    }
    Set<UUID> scope =
        access.user().isAdmin()
            ? null
            : access.user().organisationsWhere(Role.BUYER).stream()
                .filter(policy.ownerId()::equals)
                .collect(Collectors.toSet());
    return preview.preview(policy, request.rules(), scope);
  }
}

package eu.aimarket.policy.api;

import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.policy.PolicyChoice;
import eu.aimarket.policy.PolicyService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The incentive policy a buyer organisation's requests rank with when they name none. */
@Path("/api/v1/organisations/{id}/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incentive policies")
public class OrganisationPolicyResource {

  private final PolicyService policies;
  private final OrganisationService organisations;
  private final AccessPolicy access;

  public OrganisationPolicyResource(
      PolicyService policies, OrganisationService organisations, AccessPolicy access) {
    this.policies = policies;
    this.organisations = organisations;
    this.access = access;
  }

  @GET
  @Operation(
      operationId = "getOrganisationPolicy",
      summary = "Read a buyer organisation's policy",
      description = "The policy it chose (chosen: true), or the platform default.")
  @APIResponse(responseCode = "200", description = "The policy and its latest version")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a buyer of this organisation")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "The organisation does not buy")
  public PolicyChoice get(@PathParam("id") UUID id) {
    authorise(id);
    return policies.choice(id);
  }

  @PUT
  @Operation(
      operationId = "chooseOrganisationPolicy",
      summary = "Choose a buyer organisation's policy",
      description = "A platform policy or one of the organisation's own.")
  @APIResponse(responseCode = "200", description = "Chosen")
  @APIResponse(responseCode = "400", description = "policyId missing or not usable here")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a buyer of this organisation")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "The organisation does not buy")
  public PolicyChoice choose(
      @PathParam("id") UUID id, @Valid @NotNull PolicyChoiceRequest request) {
    authorise(id);
    return policies.choose(id, request.policyId(), access.user().name());
  }

  private void authorise(UUID organisationId) {
    access.requireSignedIn();
    organisations.get(organisationId);
    access.requireCanManagePoliciesOf(organisationId);
  }
}

package eu.aimarket.policy.api;

import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.policy.PolicyChoice;
import eu.aimarket.policy.PolicyService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
  @APIResponse(
      responseCode = "200",
      description = "The policy and its latest version; the ETag names this choice",
      content = @Content(schema = @Schema(implementation = PolicyChoice.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a buyer of this organisation")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "The organisation does not buy")
  public Response get(@PathParam("id") UUID id) {
    authorise(id);
    PolicyChoice choice = policies.choice(id);
    return Response.ok(choice).tag(choice.tag()).build();
  }

  @PUT
  @Operation(
      operationId = "chooseOrganisationPolicy",
      summary = "Choose a buyer organisation's policy",
      description =
          "A platform policy or one of the organisation's own. With If-Match (the ETag read), the"
              + " choice is refused with 412 when someone changed it meanwhile.")
  @APIResponse(
      responseCode = "200",
      description = "Chosen",
      content = @Content(schema = @Schema(implementation = PolicyChoice.class)))
  @APIResponse(responseCode = "400", description = "policyId missing or not usable here")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a buyer of this organisation")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "The organisation does not buy")
  @APIResponse(responseCode = "412", description = "Stale If-Match: the choice changed meanwhile")
  public Response choose(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PolicyChoiceRequest request) {
    authorise(id);
    PolicyChoice chosen = policies.choose(id, request.policyId(), access.user().name(), ifMatch);
    return Response.ok(chosen).tag(chosen.tag()).build();
  }

  private void authorise(UUID organisationId) {
    access.requireSignedIn();
    organisations.get(organisationId);
    access.requireCanManagePoliciesOf(organisationId);
  }
}

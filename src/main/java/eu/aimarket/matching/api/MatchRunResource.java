package eu.aimarket.matching.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Match runs of one requirement: rank it now, list its runs. */
@Path("/api/v1/requirements/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class MatchRunResource {

  /** Optionally names the policy to rank under; otherwise the buyer's choice or the default. */
  public record MatchRequest(
      @Schema(example = "0190f3c5-aaaa-7bbb-8ccc-ddddeeeeffff") UUID policyId) {}

  private final MatchService matches;
  private final RequirementService requirements;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public MatchRunResource(
      MatchService matches,
      RequirementService requirements,
      AccessPolicy access,
      MarketplaceConfig config) {
    this.matches = matches;
    this.requirements = requirements;
    this.access = access;
    this.config = config;
  }

  @POST
  @Operation(
      operationId = "createMatchRun",
      summary = "Rank the catalogue for a requirement",
      description =
          "Hard constraints, then fit, then the policy's incentives; every result's terms add up"
              + " to its score. The run records the requirement, policy and catalogue versions it"
              + " used and can be replayed.")
  @APIResponse(
      responseCode = "201",
      description = "The match run",
      content = @Content(schema = @Schema(implementation = MatchRunView.class)))
  @APIResponse(responseCode = "400", description = "The policy named is not one this buyer may use")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such requirement, or not yours")
  public Response run(
      @PathParam("id") UUID requirementId, MatchRequest request, @Context UriInfo uri) {
    // The checks read the database in a transaction of their own: outside one, the session would
    // keep its connection for the whole request, ranking included, and the pool would bound how
    // many rankings run at once.
    RequirementView requirement =
        QuarkusTransaction.joiningExisting().call(() -> owned(requirementId));
    MatchRunView run =
        matches.run(requirement, request == null ? null : request.policyId(), access.user().name());
    return Response.created(
            UriBuilder.fromUri(uri.getBaseUri())
                .path("api/v1/match-runs")
                .path(run.id().toString())
                .build())
        .entity(run)
        .build();
  }

  @GET
  @Operation(
      operationId = "listMatchRuns",
      summary = "The match runs of a requirement, newest first (without results)")
  @APIResponse(responseCode = "200", description = "One page of the runs")
  @APIResponse(responseCode = "400", description = "cursor or limit is not valid")
  @APIResponse(responseCode = "404", description = "No such requirement, or not yours")
  public Page<MatchRunView> runs(
      @PathParam("id") UUID requirementId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    owned(requirementId);
    return matches.runsOf(
        requirementId, cursor, config.limit(QueryParams.intValue("limit", limit)));
  }

  private RequirementView owned(UUID requirementId) {
    access.requireSignedIn();
    RequirementView requirement = requirements.get(requirementId);
    if (!access.canManageRequirementsOf(requirement.buyer().id())) {
      throw DomainException.notFound("Requirement", requirementId);
    }
    return requirement;
  }
}

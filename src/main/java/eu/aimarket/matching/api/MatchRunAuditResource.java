package eu.aimarket.matching.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.Versions;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** A match run: read it as it was, replay it for an audit. */
@Path("/api/v1/match-runs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class MatchRunAuditResource {

  private final MatchService matches;
  private final AccessPolicy access;

  public MatchRunAuditResource(MatchService matches, AccessPolicy access) {
    this.matches = matches;
    this.access = access;
  }

  @GET
  @Operation(operationId = "getMatchRun", summary = "A match run with its explained ranking")
  @APIResponse(
      responseCode = "200",
      description = "The run; it never changes, and its ETag is its id",
      content = @Content(schema = @Schema(implementation = MatchRunView.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such run, or not yours")
  public Response get(@PathParam("id") UUID runId) {
    requireOwnRun(runId);
    return Response.ok(matches.get(runId)).tag(Versions.immutable(runId)).build();
  }

  @POST
  @Path("/replay")
  @Operation(
      operationId = "replayMatchRun",
      summary = "Replay a match run on the inputs it used",
      description =
          "Ranks again with the requirement, policy and catalogue at the recorded versions, and"
              + " says whether the result is identical to the stored one.")
  @APIResponse(responseCode = "200", description = "The replay")
  @APIResponse(responseCode = "404", description = "No such run, or not yours")
  public MatchService.Replay replay(@PathParam("id") UUID runId) {
    requireOwnRun(runId);
    return matches.replay(runId);
  }

  private void requireOwnRun(UUID runId) {
    access.requireSignedIn();
    if (!access.canManageRequirementsOf(matches.buyerOf(runId))) {
      throw DomainException.notFound("Match run", runId);
    }
  }
}

package eu.aimarket.integration.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.integration.ocds.Ocds;
import eu.aimarket.integration.ocds.OcdsReleases;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One requirement as an Open Contracting Data Standard 1.1.5 release package. */
@Path("/api/v1/requirements/{id}/ocds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open contracting (OCDS)")
public class RequirementOcdsResource {

  private final OcdsReleases releases;
  private final RequirementService requirements;
  private final AccessPolicy access;

  public RequirementOcdsResource(
      OcdsReleases releases, RequirementService requirements, AccessPolicy access) {
    this.releases = releases;
    this.requirements = requirements;
    this.access = access;
  }

  @GET
  @Operation(
      operationId = "getRequirementOcds",
      summary = "A requirement as an OCDS 1.1.5 release package",
      description =
          "The requirement as the tender (awardCriteria ratedCriteria, with the fit weights and the"
              + " incentive policy's rules in awardCriteriaDetails), its buyer in parties, and the"
              + " award once it is awarded. Public buyers' requirements past the draft stage are"
              + " open to anyone; others only to the buyer's members.")
  @APIResponse(responseCode = "200", description = "The release package")
  @APIResponse(responseCode = "401", description = "Not public, and not signed in")
  @APIResponse(responseCode = "404", description = "No such requirement, or one you may not see")
  public Ocds.ReleasePackage requirement(@PathParam("id") UUID id, @Context UriInfo uri) {
    RequirementView requirement = requirements.get(id);
    if (!RequirementService.isPublic(requirement)) {
      access.requireSignedIn();
      if (!access.canManageRequirementsOf(requirement.buyer().id())) {
        throw DomainException.notFound("Requirement", id);
      }
    }
    return releases.ofRequirement(requirement, uri.getRequestUri());
  }
}

package eu.aimarket.matching.api;

import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.matching.ReverseMatching;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reverse matching: which open requirements an offering passes, and where it ranks in each. */
@Path("/api/v1/offerings/{id}/matching-requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class ReverseMatchResource {

  private final ReverseMatching reverse;
  private final OfferingService offerings;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public ReverseMatchResource(
      ReverseMatching reverse,
      OfferingService offerings,
      AccessPolicy access,
      MarketplaceConfig config) {
    this.reverse = reverse;
    this.offerings = offerings;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listMatchingRequirements",
      summary = "Open requirements this offering passes, with its rank in each",
      description = "For the offering's supplier and admins.")
  @APIResponse(responseCode = "200", description = "One page of the matching open requirements")
  @APIResponse(responseCode = "400", description = "cursor or limit is not valid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not this supplier's member")
  @APIResponse(responseCode = "404", description = "No such offering")
  public Page<ReverseMatching.MatchingRequirement> matching(
      @PathParam("id") UUID offeringId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireSignedIn();
    OfferingView offering = offerings.get(offeringId);
    if (!access.canManageOfferingsOf(offering.supplier().id())) {
      if (offering.status() != OfferingStatus.PUBLISHED) {
        throw DomainException.notFound("Offering", offeringId); // drafts stay private
      }
      throw DomainException.forbidden(
          "Only this supplier's members may see where its offering ranks");
    }
    return reverse.forOffering(
        offeringId, cursor, config.limit(QueryParams.intValue("limit", limit)));
  }
}

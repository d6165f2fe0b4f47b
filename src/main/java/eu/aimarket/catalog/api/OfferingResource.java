package eu.aimarket.catalog.api;

import eu.aimarket.catalog.CatalogSort;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingFilter;
import eu.aimarket.catalog.OfferingQuery;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.common.Versions;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of offerings: public reads of published offerings, suppliers' writes. */
@Path("/api/v1/offerings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings")
public class OfferingResource {

  private final OfferingService offerings;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public OfferingResource(
      OfferingService offerings, AccessPolicy access, MarketplaceConfig config) {
    this.offerings = offerings;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listOfferings",
      summary = "Search the catalogue",
      description =
          "Published offerings matching every filter given, in a stable order, one page at a time."
              + " A supplier's members (and admins) also see its drafts when they filter by"
              + " supplierId. minScore keeps offerings whose Sovereignty Score is at least that;"
              + " sort orders by relevance to q, score or name (without either, by id).")
  @APIResponse(responseCode = "200", description = "One page of offerings")
  @APIResponse(responseCode = "400", description = "A filter is not valid")
  public Page<OfferingView> list(
      @QueryParam("category") String category,
      @QueryParam("hqCountry") String hqCountry,
      @QueryParam("dataIn") String dataIn,
      @QueryParam("openWeights") String openWeights,
      @QueryParam("language") String language,
      @QueryParam("certification") String certification,
      @QueryParam("q") String text,
      @QueryParam("supplierId") String supplierId,
      @QueryParam("minScore") String minScore,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    UUID supplier = QueryParams.uuidValue("supplierId", supplierId);
    Set<OfferingStatus> statuses =
        supplier != null && access.canSeeUnpublishedOfferingsOf(supplier)
            ? Set.of(OfferingStatus.values())
            : Set.of(OfferingStatus.PUBLISHED);
    OfferingFilter filter =
        new OfferingQuery(
                text, category, hqCountry, dataIn, openWeights, language, certification, cursor)
            .toFilter(supplier, statuses);
    int size = config.limit(QueryParams.intValue("limit", limit));
    Integer score = QueryParams.intValue("minScore", minScore);
    if (score != null && (score < 0 || score > 100)) {
      throw DomainException.invalid("minScore", "must be between 0 and 100");
    }
    if (score == null && (sort == null || sort.isBlank())) {
      return offerings.search(filter, cursor, size);
    }
    return offerings.search(filter, score, CatalogSort.parse(sort), cursor, size);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getOffering",
      summary = "Read one offering with its sovereignty assessment")
  @APIResponse(
      responseCode = "200",
      description = "The offering; its ETag is its version",
      content = @Content(schema = @Schema(implementation = OfferingView.class)))
  @APIResponse(responseCode = "404", description = "No such offering, or one you may not see")
  public Response get(@PathParam("id") UUID id) {
    OfferingView offering = visible(id);
    return Response.ok(offering).tag(etagValue(offering)).build();
  }

  @POST
  @Operation(
      operationId = "createOffering",
      summary = "Add an offering",
      description =
          "Creates an offering for the caller's supplier organisation (or supplierId, for admins"
              + " and members of several suppliers). New offerings are drafts unless status says"
              + " otherwise; every claim starts as declared.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = OfferingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry per field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a member of that supplier")
  public Response create(
      @Valid @NotNull OfferingData data, @jakarta.ws.rs.core.Context UriInfo uri) {
    access.requireSignedIn();
    UUID supplierId =
        data.supplierId() != null
            ? data.supplierId()
            : access
                .user()
                .organisationFor(Role.SUPPLIER)
                .orElseThrow(
                    () ->
                        DomainException.invalid(
                            "supplierId",
                            "is required: you do not supply for exactly one organisation"));
    access.requireCanManageOfferingsOf(supplierId);
    OfferingView created = offerings.create(supplierId, data);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .tag(etagValue(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateOffering",
      summary = "Replace an offering's attributes",
      description =
          "Needs If-Match with the ETag you read (412 when stale) or the version in the body (409"
              + " when stale). Claims whose attributes change go back to declared.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = OfferingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "403", description = "Not this supplier's member")
  @APIResponse(responseCode = "404", description = "No such offering")
  @APIResponse(responseCode = "409", description = "Stale version in the body")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OfferingData data) {
    access.requireSignedIn();
    OfferingView current = visible(id);
    access.requireCanManageOfferingsOf(current.supplier().id());
    if (data.supplierId() != null && !data.supplierId().equals(current.supplier().id())) {
      throw DomainException.invalid(
          "supplierId", "cannot change: an offering stays with its supplier");
    }
    long expected = Versions.expected(ifMatch, data.version(), current.version());
    OfferingView updated =
        Versions.underIfMatch(ifMatch, () -> offerings.update(id, data, expected));
    return Response.ok(updated).tag(etagValue(updated)).build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "retireOffering",
      summary = "Retire an offering",
      description = "Takes it out of the public catalogue; it stays readable by its supplier.")
  @APIResponse(
      responseCode = "200",
      description = "Retired",
      content = @Content(schema = @Schema(implementation = OfferingView.class)))
  @APIResponse(responseCode = "403", description = "Not this supplier's member")
  @APIResponse(responseCode = "404", description = "No such offering")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    access.requireSignedIn();
    OfferingView current = visible(id);
    access.requireCanManageOfferingsOf(current.supplier().id());
    Long expected = ifMatch == null ? null : Versions.expected(ifMatch, null, current.version());
    OfferingView retired = Versions.underIfMatch(ifMatch, () -> offerings.retire(id, expected));
    return Response.ok(retired).tag(etagValue(retired)).build();
  }

  /** Unpublished offerings are not found for those who may not see them: no existence leak. */
  private OfferingView visible(UUID id) {
    OfferingView offering = offerings.get(id);
    if (offering.status() != OfferingStatus.PUBLISHED
        && !access.canSeeUnpublishedOfferingsOf(offering.supplier().id())) {
      throw DomainException.notFound("Offering", id);
    }
    return offering;
  }

  private static jakarta.ws.rs.core.EntityTag etagValue(OfferingView offering) {
    return new jakarta.ws.rs.core.EntityTag(Long.toString(offering.version()));
  }
}

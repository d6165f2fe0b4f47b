package eu.aimarket.demand.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.common.Versions;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementSummary;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** Buyers' requirements. Buyers see and change only their own organisation's. */
@Path("/api/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requirements")
public class RequirementResource {

  private final RequirementService requirements;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public RequirementResource(
      RequirementService requirements, AccessPolicy access, MarketplaceConfig config) {
    this.requirements = requirements;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listRequirements",
      summary = "List your organisation's requirements",
      description = "Buyers get their own organisations' requirements; admins get all.")
  @APIResponse(responseCode = "200", description = "One page of requirements")
  @APIResponse(responseCode = "400", description = "A filter is not valid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Page<RequirementView> list(
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireSignedIn();
    Set<UUID> buyers =
        access.user().isAdmin() ? null : access.user().organisationsWhere(Role.BUYER);
    return requirements.page(
        buyers,
        QueryParams.enumValue("status", status, RequirementStatus.class),
        cursor,
        config.limit(QueryParams.intValue("limit", limit)));
  }

  @GET
  @Path("/open")
  @Operation(
      operationId = "listOpenRequirements",
      summary = "Open requirements, in summary",
      description = "What suppliers may see of the requirements that buyers have opened.")
  @APIResponse(responseCode = "200", description = "One page of the open requirements")
  @APIResponse(responseCode = "400", description = "cursor or limit is not valid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Page<RequirementSummary> open(
      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    access.requireSignedIn();
    return requirements
        .openPage(cursor, config.limit(QueryParams.intValue("limit", limit)))
        .map(RequirementSummary::of);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getRequirement",
      summary = "Read one of your organisation's requirements")
  @APIResponse(
      responseCode = "200",
      description = "The requirement; its ETag is its version",
      content = @Content(schema = @Schema(implementation = RequirementView.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such requirement, or not yours")
  public Response get(@PathParam("id") UUID id) {
    RequirementView requirement = owned(id);
    return Response.ok(requirement).tag(Versions.tag(requirement.version())).build();
  }

  @POST
  @Operation(
      operationId = "createRequirement",
      summary = "Post a requirement",
      description =
          "For the caller's buyer organisation (or buyerOrganisationId for admins and members of"
              + " several). New requirements are drafts unless status says otherwise.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = RequirementView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry per field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a buyer of that organisation")
  public Response create(@Valid @NotNull RequirementData data, @Context UriInfo uri) {
    access.requireSignedIn();
    UUID buyer =
        data.buyerOrganisationId() != null
            ? data.buyerOrganisationId()
            : access
                .user()
                .organisationFor(Role.BUYER)
                .orElseThrow(
                    () ->
                        DomainException.invalid(
                            "buyerOrganisationId",
                            "is required: you do not buy for exactly one organisation"));
    access.requireCanManageRequirementsOf(buyer);
    RequirementView created = requirements.create(buyer, data, access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .tag(Versions.tag(created.version()))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateRequirement",
      summary = "Change a requirement",
      description = "Needs If-Match (412 when stale) or version in the body (409 when stale).")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = RequirementView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "404", description = "No such requirement, or not yours")
  @APIResponse(responseCode = "409", description = "Stale version")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RequirementData data) {
    RequirementView current = owned(id);
    if (data.buyerOrganisationId() != null
        && !data.buyerOrganisationId().equals(current.buyer().id())) {
      throw DomainException.invalid(
          "buyerOrganisationId", "cannot change: a requirement stays with its buyer");
    }
    long expected = Versions.expected(ifMatch, data.version(), current.version());
    RequirementView updated =
        Versions.underIfMatch(ifMatch, () -> requirements.update(id, data, expected));
    return Response.ok(updated).tag(Versions.tag(updated.version())).build();
  }

  /** Another organisation's requirement is not found: its existence is private too. */
  private RequirementView owned(UUID id) {
    access.requireSignedIn();
    RequirementView requirement = requirements.get(id);
    if (!access.canManageRequirementsOf(requirement.buyer().id())) {
      throw DomainException.notFound("Requirement", id);
    }
    return requirement;
  }
}

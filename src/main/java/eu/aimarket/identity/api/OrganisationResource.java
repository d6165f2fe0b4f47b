package eu.aimarket.identity.api;

import eu.aimarket.catalog.OrganisationRegistration;
import eu.aimarket.catalog.SupplierService;
import eu.aimarket.common.Cursor;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.common.Versions;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationKind;
import eu.aimarket.identity.OrganisationService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisations: public profiles, registration, and changes by their own members. */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

  private final OrganisationService organisations;
  private final OrganisationRegistration registration;
  private final SupplierService suppliers;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public OrganisationResource(
      OrganisationService organisations,
      OrganisationRegistration registration,
      SupplierService suppliers,
      AccessPolicy access,
      MarketplaceConfig config) {
    this.organisations = organisations;
    this.registration = registration;
    this.suppliers = suppliers;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(operationId = "listOrganisations", summary = "List organisations, optionally by kind")
  @APIResponse(responseCode = "200", description = "One page of organisations")
  @APIResponse(responseCode = "400", description = "A filter is not valid")
  public Page<OrganisationResponse> list(
      @QueryParam("kind") String kind,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    int size = config.limit(QueryParams.intValue("limit", limit));
    List<OrganisationDetails> rows =
        organisations.page(
            QueryParams.enumValue("kind", kind, OrganisationKind.class),
            Cursor.decode(cursor),
            size + 1);
    return Cursor.page(rows, size, OrganisationDetails::id).map(this::withProfile);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getOrganisation", summary = "Read an organisation's public profile")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(responseCode = "404", description = "No such organisation")
  public Response get(@PathParam("id") UUID id) {
    OrganisationResponse organisation = withProfile(organisations.get(id));
    return Response.ok(organisation).tag(Versions.tag(organisation.version())).build();
  }

  @POST
  @Operation(
      operationId = "registerOrganisation",
      summary = "Register an organisation",
      description =
          "The caller becomes its member (supplier, buyer or both, after its kind). Suppliers send"
              + " their sovereignty profile in supplier.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry per field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(
      responseCode = "403",
      description = "A service account, which acts for its one organisation only")
  @APIResponse(responseCode = "409", description = "The registration id is already registered")
  public Response register(@Valid @NotNull OrganisationRequest request, @Context UriInfo uri) {
    access.requireCanRegisterOrganisation();
    OrganisationDetails registered =
        registration.register(
            request.details(), request.supplier(), access.user().primarySubject());
    OrganisationResponse body = withProfile(registered);
    return Response.created(uri.getAbsolutePathBuilder().path(registered.id().toString()).build())
        .entity(body)
        .tag(Versions.tag(body.version()))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateOrganisation",
      summary = "Change an organisation and its supplier profile",
      description =
          "Members of the organisation and admins only. Needs If-Match or version. Claims whose"
              + " attributes change (e.g. a change of control) go back to declared.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "403", description = "Not a member")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "Stale version, or registration id taken")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OrganisationRequest request) {
    access.requireSignedIn();
    OrganisationDetails current = organisations.get(id);
    access.requireCanEditOrganisation(id);
    long expected = Versions.expected(ifMatch, request.version(), current.version());
    OrganisationDetails updated =
        registration.update(id, request.details(), request.supplier(), expected);
    OrganisationResponse body = withProfile(updated);
    return Response.ok(body).tag(Versions.tag(body.version())).build();
  }

  private OrganisationResponse withProfile(OrganisationDetails organisation) {
    return OrganisationResponse.of(organisation, suppliers.find(organisation.id()).orElse(null));
  }
}

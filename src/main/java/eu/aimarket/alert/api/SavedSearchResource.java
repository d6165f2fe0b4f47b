package eu.aimarket.alert.api;

import eu.aimarket.alert.AlertService;
import eu.aimarket.alert.SavedSearchData;
import eu.aimarket.alert.SavedSearchView;
import eu.aimarket.alert.SearchKind;
import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.Problem;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Saved searches with alerts: buyers save catalogue searches, suppliers save searches of open
 * requirements; new matches are e-mailed (at once, daily or weekly) and sent as the {@code
 * saved-search.matched} webhook event.
 */
@Path("/api/v1/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved searches")
public class SavedSearchResource {

  private final AlertService alerts;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public SavedSearchResource(AlertService alerts, AccessPolicy access, MarketplaceConfig config) {
    this.alerts = alerts;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(operationId = "listSavedSearches", summary = "Your organisations' saved searches")
  @APIResponse(responseCode = "200", description = "One page of saved searches")
  @APIResponse(responseCode = "400", description = "A bad cursor or limit")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Page<SavedSearchView> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    access.requireSignedIn();
    List<SavedSearchView> own =
        alerts.ofOrganisations(
            access.user().memberships().stream().map(m -> m.getOrganisationId()).toList());
    return Cursor.pageOf(
        own, cursor, config.limit(QueryParams.intValue("limit", limit)), SavedSearchView::id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveSearch",
      summary = "Save a search and be alerted to new matches",
      description =
          "CATALOGUE searches are for an organisation's buyers, REQUIREMENTS searches for its"
              + " suppliers.")
  @APIResponse(
      responseCode = "201",
      description = "Saved",
      content = @Content(schema = @Schema(implementation = SavedSearchView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a buyer or supplier of that organisation")
  public Response save(@Valid @NotNull SavedSearchData data, @Context UriInfo uri) {
    access.requireSignedIn();
    Role role = data.kind() == SearchKind.CATALOGUE ? Role.BUYER : Role.SUPPLIER;
    UUID organisation = data.organisationId();
    if (organisation == null) {
      if (access.user().organisationsWhere(role).isEmpty()) {
        throw DomainException.forbidden(
            data.kind() == SearchKind.CATALOGUE
                ? "Only a buyer organisation's members save catalogue searches"
                : "Only a supplier organisation's members save requirement searches");
      }
      organisation =
          access
              .user()
              .organisationFor(role)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "organisationId", "is required: you act for several organisations"));
    }
    if (role == Role.BUYER) {
      access.requireCanManageRequirementsOf(organisation);
    } else {
      access.requireCanManageOfferingsOf(organisation);
    }
    SavedSearchView saved = alerts.save(organisation, data, access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
        .entity(saved)
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteSavedSearch", summary = "Stop a saved search and its alerts")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such saved search, or not yours")
  public Response delete(
      @Parameter(
              description = "The saved search's id",
              example = "0190f3c7-7a13-7b23-8c33-9d43e5f6071b")
          @PathParam("id")
          UUID id) {
    access.requireSignedIn();
    SavedSearchView search = alerts.get(id);
    if (!access.canEditOrganisation(search.organisationId())) {
      throw DomainException.notFound("Saved search", id);
    }
    alerts.delete(id);
    return Response.noContent().build();
  }
}

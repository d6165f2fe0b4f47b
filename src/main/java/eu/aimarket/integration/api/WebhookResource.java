package eu.aimarket.integration.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.common.Versions;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Membership;
import eu.aimarket.integration.DeliveryStatus;
import eu.aimarket.integration.DeliveryView;
import eu.aimarket.integration.SubscriptionView;
import eu.aimarket.integration.WebhookService;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions of buyer and supplier organisations, and their delivery logs. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

  private final WebhookService webhooks;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public WebhookResource(WebhookService webhooks, AccessPolicy access, MarketplaceConfig config) {
    this.webhooks = webhooks;
    this.access = access;
    this.config = config;
  }

  @POST
  @Operation(
      operationId = "createWebhook",
      summary = "Subscribe a URL to events",
      description =
          "For the caller's organisation (or organisationId, for admins and members of several)."
              + " The answer holds the signing secret; it is shown only this once.")
  @APIResponse(
      responseCode = "201",
      description = "Subscribed; the body holds the secret",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry per field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a member of that organisation")
  @APIResponse(responseCode = "409", description = "The URL is already subscribed, or too many")
  public Response create(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    UUID organisation =
        request.organisationId() != null ? request.organisationId() : onlyOrganisation();
    access.requireCanManageWebhooksOf(organisation);
    SubscriptionView created =
        webhooks.subscribe(
            organisation,
            request.url(),
            EnumSet.copyOf(request.events()),
            request.description(),
            access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      operationId = "listWebhooks",
      summary = "Your organisations' webhook subscriptions",
      description = "Admins see every organisation's, or one organisation's with organisationId.")
  @APIResponse(responseCode = "200", description = "One page of subscriptions, without secrets")
  @APIResponse(responseCode = "400", description = "A parameter is not valid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a member of that organisation")
  public Page<SubscriptionView> list(
      @QueryParam("organisationId") String organisationId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireSignedIn();
    UUID organisation = QueryParams.uuidValue("organisationId", organisationId);
    Set<UUID> organisations;
    if (organisation != null) {
      access.requireCanManageWebhooksOf(organisation);
      organisations = Set.of(organisation);
    } else {
      organisations = access.user().isAdmin() ? null : memberOrganisations();
    }
    return webhooks.page(organisations, cursor, config.limit(QueryParams.intValue("limit", limit)));
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getWebhook", summary = "One webhook subscription, without its secret")
  @APIResponse(
      responseCode = "200",
      description = "The subscription; it never changes, and its ETag is its id",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
  public Response get(@PathParam("id") UUID id) {
    requireOwn(id);
    return Response.ok(webhooks.get(id)).tag(Versions.immutable(id)).build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "End a subscription",
      description = "Pending deliveries are dropped and the delivery log goes with it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
  public Response delete(
      @Parameter(
              description = "The subscription's id",
              example = "0190f3c7-1234-7567-89ab-cdef01234567")
          @PathParam("id")
          UUID id) {
    requireOwn(id);
    webhooks.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "A subscription's delivery log, newest first",
      description =
          "Every event sent or to be sent to this subscription: attempts, the receiver's last"
              + " answer, when the next retry is due, and whether it was delivered or given up.")
  @APIResponse(responseCode = "200", description = "One page of the log")
  @APIResponse(responseCode = "400", description = "A parameter is not valid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such subscription, or not yours")
  public Page<DeliveryView> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    requireOwn(id);
    return webhooks.deliveries(
        id,
        QueryParams.enumValue("status", status, DeliveryStatus.class),
        cursor,
        config.limit(QueryParams.intValue("limit", limit)));
  }

  /** Another organisation's subscription is not found: its existence is private too. */
  private void requireOwn(UUID id) {
    access.requireSignedIn();
    if (!access.canManageWebhooksOf(webhooks.organisationOf(id))) {
      throw DomainException.notFound("Webhook subscription", id);
    }
  }

  private Set<UUID> memberOrganisations() {
    return access.user().memberships().stream()
        .map(Membership::getOrganisationId)
        .collect(Collectors.toSet());
  }

  private UUID onlyOrganisation() {
    List<UUID> organisations = List.copyOf(memberOrganisations());
    if (organisations.size() != 1) {
      throw DomainException.invalid(
          "organisationId", "is required: you are not a member of exactly one organisation");
    }
    return organisations.get(0);
  }
}

package eu.aimarket.policy.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.common.Versions;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import eu.aimarket.policy.PolicyDetails;
import eu.aimarket.policy.PolicyScope;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicySummary;
import eu.aimarket.policy.PolicyVersionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Incentive policies: the platform's (public, they are its ranking parameters) and each buyer
 * organisation's own (for its members). Publishing makes a new immutable version.
 */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incentive policies")
public class PolicyResource {

  private final PolicyService policies;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public PolicyResource(PolicyService policies, AccessPolicy access, MarketplaceConfig config) {
    this.policies = policies;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listPolicies",
      summary = "List incentive policies",
      description =
          "The platform's policies and those of the caller's buyer organisations, in a stable"
              + " order, one page at a time. With ownerId, only that buyer organisation's own.")
  @APIResponse(responseCode = "200", description = "One page of policies")
  @APIResponse(responseCode = "400", description = "A parameter is not valid")
  @APIResponse(responseCode = "401", description = "ownerId given without signing in")
  @APIResponse(responseCode = "403", description = "ownerId names an organisation of others")
  public Page<PolicySummary> list(
      @QueryParam("ownerId") String ownerId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    int size = config.limit(QueryParams.intValue("limit", limit));
    UUID owner = QueryParams.uuidValue("ownerId", ownerId);
    if (owner != null) {
      access.requireSignedIn();
      if (!access.canSeePoliciesOf(owner)) {
        throw DomainException.forbidden("Only this organisation's members may see its policies");
      }
      return policies.page(false, List.of(owner), cursor, size);
    }
    List<UUID> buyerOrganisations = List.copyOf(access.user().organisationsWhere(Role.BUYER));
    return policies.page(true, buyerOrganisations, cursor, size);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getPolicy",
      summary = "Read a policy: its latest rules and the list of its versions")
  @APIResponse(
      responseCode = "200",
      description = "The policy; its ETag is its latest version",
      content = @Content(schema = @Schema(implementation = PolicyDetails.class)))
  @APIResponse(responseCode = "404", description = "No such policy, or one you may not see")
  public Response get(@PathParam("id") UUID id) {
    PolicySummary policy = visible(id);
    PolicyDetails details = policies.get(policy.id());
    return Response.ok(details).tag(Versions.tag(details.version())).build();
  }

  @GET
  @Path("/{id}/versions/{version}")
  @Operation(operationId = "getPolicyVersion", summary = "Read one published version of a policy")
  @APIResponse(
      responseCode = "200",
      description = "The version with its rules",
      content = @Content(schema = @Schema(implementation = PolicyVersionView.class)))
  @APIResponse(responseCode = "404", description = "No such policy or version")
  public Response version(@PathParam("id") UUID id, @PathParam("version") int version) {
    visible(id);
    PolicyVersionView view = policies.version(id, version);
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @POST
  @Operation(
      operationId = "createPolicy",
      summary = "Create a policy and publish its version 1",
      description =
          "PLATFORM policies need an administrator; BUYER policies a buyer of the owner"
              + " organisation. Every rule's condition is compiled and type-checked: a bad rule"
              + " gets 400 naming the rule, the message and the position, and nothing is saved.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is the policy",
      content = @Content(schema = @Schema(implementation = PolicyDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields or rules, one entry per field or rule")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed to publish for that owner")
  @APIResponse(responseCode = "409", description = "A policy of that name exists there")
  public Response create(@Valid @NotNull PolicyRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    UUID owner = request.ownerId();
    if (request.scope() == PolicyScope.BUYER && owner == null) {
      owner =
          access
              .user()
              .organisationFor(Role.BUYER)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "ownerId", "is required: you do not buy for exactly one organisation"));
    }
    access.requireCanManagePoliciesOf(request.scope() == PolicyScope.PLATFORM ? null : owner);
    PolicyDetails created =
        policies.create(request.scope(), owner, request.draft(), access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .tag(Versions.tag(created.version()))
        .build();
  }

  @POST
  @Path("/{id}/versions")
  @Operation(
      operationId = "publishPolicyVersion",
      summary = "Publish a new version of a policy",
      description =
          "Send If-Match with the ETag you read (412 when stale) or basedOnVersion (409 when"
              + " stale); 428 without either. The rules are compiled as on creation.")
  @APIResponse(
      responseCode = "201",
      description = "Published; Location is the new version",
      content = @Content(schema = @Schema(implementation = PolicyDetails.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or rules")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed to publish this policy")
  @APIResponse(responseCode = "404", description = "No such policy, or one you may not see")
  @APIResponse(responseCode = "409", description = "basedOnVersion is stale, or the name is taken")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor basedOnVersion given")
  public Response publish(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PublishRequest request,
      @Context UriInfo uri) {
    access.requireSignedIn();
    PolicySummary current = visible(id);
    access.requireCanManagePoliciesOf(current.ownerId());
    Long basedOn = request.basedOnVersion() == null ? null : request.basedOnVersion().longValue();
    long expected = Versions.expected(ifMatch, basedOn, current.version());
    String publishedBy = access.user().name();
    PolicyDetails published =
        Versions.underIfMatch(
            ifMatch, () -> policies.publish(id, (int) expected, request.draft(), publishedBy));
    return Response.created(
            uri.getAbsolutePathBuilder().path(Integer.toString(published.version())).build())
        .entity(published)
        .tag(Versions.tag(published.version()))
        .build();
  }

  /** A buyer's policies are not found for those who may not see them: no existence leak. */
  private PolicySummary visible(UUID id) {
    return policies
        .find(id)
        .filter(policy -> access.canSeePoliciesOf(policy.ownerId()))
        .orElseThrow(() -> DomainException.notFound("Policy", id));
  }
}

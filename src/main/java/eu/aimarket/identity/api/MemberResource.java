package eu.aimarket.identity.api;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Invitations;
import eu.aimarket.identity.MemberView;
import eu.aimarket.identity.OrganisationService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's members: people and procurement systems' service accounts. Memberships are
 * private to the organisation and admins.
 */
@Path("/api/v1/organisations/{organisationId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

  private final OrganisationService organisations;
  private final Invitations invitations;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public MemberResource(
      OrganisationService organisations,
      Invitations invitations,
      AccessPolicy access,
      MarketplaceConfig config) {
    this.organisations = organisations;
    this.invitations = invitations;
    this.access = access;
    this.config = config;
  }

  @GET
  @Path("/members")
  @Operation(operationId = "listMembers", summary = "List an organisation's members")
  @APIResponse(responseCode = "200", description = "One page of members")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a member of this organisation")
  @APIResponse(responseCode = "404", description = "No such organisation")
  public Page<MemberResponse> list(
      @PathParam("organisationId") UUID organisationId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireSignedIn();
    organisations.get(organisationId);
    access.requireCanSeeMembersOf(organisationId);
    int size = config.limit(QueryParams.intValue("limit", limit));
    return Cursor.page(
            organisations.members(organisationId, Cursor.decode(cursor), size + 1),
            size,
            MemberView::id)
        .map(MemberResponse::of);
  }

  @POST
  @Path("/members")
  @Operation(
      operationId = "addMember",
      summary = "Add a member who already has an account",
      description =
          "Admins add anyone, including a procurement system's service account (serviceAccount:"
              + " true, role BUYER, one organisation only). Members add colleagues in a role they"
              + " hold themselves.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = MemberResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, or a role the organisation has not")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed to add this member")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(
      responseCode = "409",
      description = "Already a member, or a service account of another organisation")
  public Response add(
      @PathParam("organisationId") UUID organisationId,
      @Valid @NotNull MemberRequest request,
      @Context UriInfo uri) {
    access.requireSignedIn();
    organisations.get(organisationId);
    access.requireCanAddMember(
        organisationId, request.role(), Boolean.TRUE.equals(request.serviceAccount()));
    MemberView added =
        organisations.addMember(organisationId, request.member(), access.user().primarySubject());
    return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
        .entity(MemberResponse.of(added))
        .build();
  }

  @DELETE
  @Path("/members/{memberId}")
  @Operation(operationId = "removeMember", summary = "Remove a member")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a member of this organisation")
  @APIResponse(responseCode = "404", description = "No such organisation or member")
  @APIResponse(
      responseCode = "409",
      description = "The last member; only an administrator may remove it")
  public Response remove(
      @PathParam("organisationId") UUID organisationId,
      @Parameter(
              description = "The membership's id",
              example = "0190f3c8-2345-7678-89ab-cdef01234568")
          @PathParam("memberId")
          UUID memberId) {
    access.requireSignedIn();
    organisations.get(organisationId);
    access.requireCanRemoveMemberOf(organisationId);
    organisations.removeMember(organisationId, memberId, access.user().isAdmin());
    return Response.noContent().build();
  }

  @POST
  @Path("/invitations")
  @Operation(
      operationId = "inviteMember",
      summary = "Invite a colleague by e-mail",
      description =
          "Creates the colleague's account at the identity provider where the application may"
              + " (Keycloak), which e-mails them a link to choose a password, and records the"
              + " membership. Elsewhere the membership is recorded under the e-mail address and"
              + " the account must be created at the provider; account.detail says which.")
  @APIResponse(
      responseCode = "201",
      description = "Invited",
      content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not allowed to invite into this role")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "Already a member")
  @APIResponse(responseCode = "503", description = "The identity provider is unavailable")
  public Response invite(
      @PathParam("organisationId") UUID organisationId,
      @Valid @NotNull InvitationRequest request,
      @Context UriInfo uri) {
    access.requireSignedIn();
    organisations.get(organisationId);
    access.requireCanAddMember(organisationId, request.role(), false);
    Invitations.Invitation invitation =
        invitations.invite(
            organisationId, request.invitee(), request.role(), access.user().primarySubject());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/organisations")
                .path(organisationId.toString())
                .path("members")
                .path(invitation.member().id().toString())
                .build())
        .entity(InvitationResponse.of(invitation))
        .build();
  }
}

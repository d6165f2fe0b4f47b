package eu.aimarket.identity.api;

import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.CurrentUser;
import eu.aimarket.identity.MemberView;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is and which organisations they act for, e.g. for a procurement system. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MeResource {

  private final AccessPolicy access;
  private final OrganisationService organisations;

  public MeResource(AccessPolicy access, OrganisationService organisations) {
    this.access = access;
    this.organisations = organisations;
  }

  @GET
  @Operation(operationId = "me", summary = "The caller and their memberships")
  @APIResponse(responseCode = "200", description = "The caller")
  @APIResponse(responseCode = "401", description = "Not signed in, or the token was not accepted")
  public MeResponse me() {
    access.requireSignedIn();
    CurrentUser user = access.user();
    List<MemberView> memberships = organisations.membershipsOf(user.subjects());
    Map<UUID, OrganisationSummary> names =
        organisations.summaries(memberships.stream().map(MemberView::organisationId).toList());
    return new MeResponse(
        user.primarySubject(),
        user.name(),
        user.platformRoles(),
        memberships.stream()
            .map(
                m ->
                    new MeResponse.Membership(
                        m.id(),
                        m.organisationId(),
                        names.containsKey(m.organisationId())
                            ? names.get(m.organisationId()).name()
                            : null,
                        m.role()))
            .toList());
  }
}

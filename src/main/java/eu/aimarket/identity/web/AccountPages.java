package eu.aimarket.identity.web;

import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.CurrentUser;
import eu.aimarket.identity.MemberView;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import eu.aimarket.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Signing in and out, and the dashboard. {@code /login} is protected by an HTTP permission, so the
 * OIDC authorization-code flow runs before it; once signed in, it sends the person on to where they
 * were going. {@code /logout} is the OIDC logout path: with a session, the OIDC extension ends it
 * here and at the provider (RP-initiated logout).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

  /** A local path: one leading slash, no scheme or host, nothing that a browser reads as one. */
  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

  static final String AFTER_SIGN_IN = "/dashboard";

  /** One membership on the dashboard. */
  public record MembershipRow(UUID organisationId, String organisation, Role role) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(
        String name, Set<Role> roles, List<MembershipRow> memberships);
  }

  private final AccessPolicy access;
  private final OrganisationService organisations;

  public AccountPages(AccessPolicy access, OrganisationService organisations) {
    this.access = access;
    this.organisations = organisations;
  }

  @GET
  @Path("login")
  public Response login(@QueryParam("next") String next) {
    if (access.user().isAnonymous()) {
      // Only without an OIDC provider (sign-in switched off): nothing can sign the person in.
      return Response.status(Response.Status.UNAUTHORIZED)
          .type(MediaType.TEXT_PLAIN_TYPE)
          .entity("Signing in is not available: no identity provider is configured")
          .build();
    }
    return Response.seeOther(URI.create(localTarget(next))).build();
  }

  /**
   * Asking who is signed in lets the OIDC extension authenticate the session, and on this path it
   * answers with the redirect to the provider's logout instead. Without a session (or without an
   * OIDC session, as with a bearer token) there is nothing to end here.
   */
  @GET
  @Path("logout")
  public Response logout() {
    access.user().isAnonymous();
    return Response.seeOther(URI.create("/")).build();
  }

  @GET
  @Path("dashboard")
  public TemplateInstance dashboard() {
    access.requirePerson();
    CurrentUser user = access.user();
    List<MemberView> memberships = organisations.membershipsOf(user.subjects());
    Map<UUID, OrganisationSummary> names =
        organisations.summaries(memberships.stream().map(MemberView::organisationId).toList());
    List<MembershipRow> rows =
        memberships.stream()
            .map(
                m ->
                    new MembershipRow(
                        m.organisationId(),
                        names.containsKey(m.organisationId())
                            ? names.get(m.organisationId()).name()
                            : m.organisationId().toString(),
                        m.role()))
            .sorted(
                java.util.Comparator.comparing(MembershipRow::organisation)
                    .thenComparing(MembershipRow::role))
            .toList();
    return Templates.dashboard(user.name(), user.platformRoles(), rows);
  }

  /** Where to go after signing in: {@code next} when it is a path on this site, else home base. */
  static String localTarget(String next) {
    if (next == null || next.length() > 2000 || !LOCAL_PATH.matcher(next).matches()) {
      return AFTER_SIGN_IN;
    }
    return next;
  }
}

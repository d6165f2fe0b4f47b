package eu.aimarket.catalog.web;

import eu.aimarket.catalog.ClaimDecision;
import eu.aimarket.catalog.ClaimReview;
import eu.aimarket.catalog.ClaimService;
import eu.aimarket.catalog.ClaimService.ReviewQueue;
import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.InvalidForm;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Membership;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.Role;
import eu.aimarket.web.FormErrors;
import eu.aimarket.web.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Claims review: the admins' verification queue, where each declared claim is verified or rejected
 * with a note and evidence, and the supplier's own page telling it the outcome.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class ClaimPages {

  static final int QUEUE_PAGE_SIZE = 20;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(
        ReviewQueue queue,
        UUID failedClaim,
        FormErrors errors,
        ClaimForm entered,
        LocalDate defaultExpiry,
        String decided,
        UUID organisation);

    static native TemplateInstance outcomes(List<SupplierOutcomes> suppliers, UUID registered);
  }

  /** What the reviewer typed for one claim, shown again when it did not validate. */
  public record ClaimForm(String note, String evidenceUrl, String expiresOn) {}

  /** One supplier's claims and how each was decided, for its members. */
  public record SupplierOutcomes(UUID supplierId, String name, List<ClaimReview> claims) {
    public long decided() {
      return claims.stream().filter(c -> c.claim().reviewedAt() != null).count();
    }
  }

  private final ClaimService claims;
  private final OrganisationService organisations;
  private final AccessPolicy access;
  private final Language language;

  public ClaimPages(
      ClaimService claims,
      OrganisationService organisations,
      AccessPolicy access,
      Language language) {
    this.claims = claims;
    this.organisations = organisations;
    this.access = access;
    this.language = language;
  }

  @GET
  @Path("admin/claims")
  public TemplateInstance queue(
      @QueryParam("page") String page,
      @QueryParam("organisation") String organisation,
      @QueryParam("decided") String decided) {
    access.requireAdmin();
    return queuePage(
        QueryParams.uuidValue("organisation", organisation),
        pageNumber(page),
        null,
        FormErrors.none(),
        null,
        decidedOutcome(decided));
  }

  @POST
  @Path("admin/claims/{id}/verify")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response verify(
      @PathParam("id") UUID id,
      @RestForm String version,
      @RestForm String note,
      @RestForm String evidenceUrl,
      @RestForm String expiresOn,
      @RestForm String page,
      @RestForm String organisation) {
    return decide(
        id, true, version, new ClaimForm(note, evidenceUrl, expiresOn), page, organisation);
  }

  @POST
  @Path("admin/claims/{id}/reject")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reject(
      @PathParam("id") UUID id,
      @RestForm String version,
      @RestForm String note,
      @RestForm String evidenceUrl,
      @RestForm String page,
      @RestForm String organisation) {
    return decide(id, false, version, new ClaimForm(note, evidenceUrl, null), page, organisation);
  }

  /**
   * The claims of the caller's supplier organisations with their review outcome; {@code
   * organisation} narrows it to one of them (403 for others' organisations).
   */
  @GET
  @Path("supplier/claims")
  public TemplateInstance outcomes(
      @QueryParam("organisation") String organisation,
      @QueryParam("registered") String registered) {
    access.requirePerson();
    UUID only = QueryParams.uuidValue("organisation", organisation);
    if (only != null && !access.canManageOfferingsOf(only)) {
      throw DomainException.forbidden("Only this supplier's own members may see its claims");
    }
    List<UUID> supplierIds =
        only != null
            ? List.of(only)
            : access.user().memberships().stream()
                .filter(m -> m.getRole() == Role.SUPPLIER)
                .map(Membership::getOrganisationId)
                .distinct()
                .toList();
    var names = organisations.summaries(supplierIds);
    List<SupplierOutcomes> outcomes =
        supplierIds.stream()
            .filter(names::containsKey)
            .map(id -> new SupplierOutcomes(id, names.get(id).name(), claims.ofSupplier(id)))
            .toList();
    return Templates.outcomes(outcomes, QueryParams.uuidValue("registered", registered));
  }

  private Response decide(
      UUID id, boolean verify, String version, ClaimForm form, String page, String organisation) {
    access.requireAdmin();
    int pageNumber = pageNumber(page);
    UUID supplier = QueryParams.uuidValue("organisation", organisation);
    long expected = version(version);
    try {
      LocalDate expiry = verify ? date(form.expiresOn()) : null;
      ClaimDecision decision = new ClaimDecision(form.note(), form.evidenceUrl(), expiry);
      if (verify) {
        claims.verify(id, expected, decision, access.user().name());
      } else {
        claims.reject(id, expected, decision, access.user().name());
      }
      String back =
          "/admin/claims?decided="
              + (verify ? "verified" : "rejected")
              + (pageNumber > 1 ? "&page=" + pageNumber : "");
      return Response.seeOther(URI.create(back)).build();
    } catch (InvalidForm e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(queuePage(supplier, pageNumber, id, errors(id, e.errors()), form, null))
          .build();
    } catch (DomainException e) {
      if (e.type() != ProblemType.CONFLICT) {
        throw e;
      }
      return Response.status(Response.Status.CONFLICT)
          .entity(
              queuePage(
                  supplier,
                  pageNumber,
                  id,
                  errors(id, List.of(FormError.of("note", FormError.Problem.STALE))),
                  form,
                  null))
          .build();
    }
  }

  private TemplateInstance queuePage(
      UUID organisation,
      int page,
      UUID failedClaim,
      FormErrors errors,
      ClaimForm entered,
      String decided) {
    return Templates.queue(
        claims.pending(organisation, page, QUEUE_PAGE_SIZE),
        failedClaim,
        errors,
        entered,
        claims.today().plusYears(1),
        decided,
        organisation);
  }

  private FormErrors errors(UUID claim, List<FormError> errors) {
    return FormErrors.of(
        errors,
        language.messages(),
        claim + "-",
        field -> FieldLabels.of(field, language.messages()));
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidForm(List.of(FormError.of("expiresOn", FormError.Problem.DATE)));
    }
  }

  private static long version(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("version", "is required");
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("version", "must be a whole number");
    }
  }

  private static int pageNumber(String page) {
    Integer number = QueryParams.intValue("page", page);
    if (number != null && (number < 1 || number > 100_000)) {
      throw DomainException.invalid("page", "must be between 1 and 100000");
    }
    return number == null ? 1 : number;
  }

  private static String decidedOutcome(String decided) {
    return "verified".equals(decided) || "rejected".equals(decided) ? decided : null;
  }
}

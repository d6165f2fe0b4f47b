package eu.aimarket.tender.web;

import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.FormError.Problem;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.common.ProblemType;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import eu.aimarket.tender.Conclusion;
import eu.aimarket.tender.QuestionView;
import eu.aimarket.tender.ResponseDraft;
import eu.aimarket.tender.ResponseView;
import eu.aimarket.tender.SupplierResponse;
import eu.aimarket.tender.TenderLead;
import eu.aimarket.tender.TenderOutcome;
import eu.aimarket.tender.TenderService;
import eu.aimarket.tender.TenderView;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The tender pages: the lead feed, publishing a requirement as a tender, the tender itself (the
 * buyer's questions, side-by-side responses, evaluation and outcome; a supplier's questions and
 * link to its response), and the supplier's response form. Plain forms, so everything works without
 * JavaScript; the same service rules as the API, errors next to the fields.
 */
@Path("/tenders")
@Produces(MediaType.TEXT_HTML)
public class TenderPages {

  static final int LIST_SIZE = 100;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tenders(
        List<TenderLead> leads, List<SupplierResponse> responses);

    static native TemplateInstance publish(
        RequirementView requirement, Map<String, String> form, FormErrors errors);

    static native TemplateInstance tender(
        TenderView tender,
        boolean asBuyer,
        boolean asSupplier,
        List<QuestionView> questions,
        List<ResponseView> responses,
        ResponseView ownResponse,
        FormErrors errors,
        String notice,
        boolean saved);

    static native TemplateInstance response(
        TenderView tender,
        List<OfferingView> offerings,
        ResponseForm form,
        ResponseView current,
        FormErrors errors,
        String notice,
        boolean saved);
  }

  /** What the response form shows: the posted or stored values, as text. */
  public record ResponseForm(
      List<String> offeringIds,
      String priceEur,
      String priceUnit,
      Map<String, String> evidence,
      String version) {

    public boolean offered(Object offeringId) {
      return offeringIds.contains(offeringId.toString());
    }

    public String evidenceFor(String key) {
      return evidence.getOrDefault(key, "");
    }

    static ResponseForm of(ResponseView response) {
      if (response == null) {
        return new ResponseForm(List.of(), "", "", Map.of(), "");
      }
      return new ResponseForm(
          response.offerings().stream().map(o -> o.id().toString()).toList(),
          response.priceEur() == null ? "" : response.priceEur().toPlainString(),
          response.priceUnit() == null ? "" : response.priceUnit(),
          response.evidence(),
          Long.toString(response.version()));
    }
  }

  private final TenderService tenders;
  private final RequirementService requirements;
  private final OfferingService offerings;
  private final AccessPolicy access;
  private final Language language;

  public TenderPages(
      TenderService tenders,
      RequirementService requirements,
      OfferingService offerings,
      AccessPolicy access,
      Language language) {
    this.tenders = tenders;
    this.requirements = requirements;
    this.offerings = offerings;
    this.access = access;
    this.language = language;
  }

  @GET
  public TemplateInstance list() {
    access.requirePerson();
    return Templates.tenders(
        tenders
            .leads(
                access.user().organisationsWhere(Role.BUYER),
                access.user().organisationsWhere(Role.SUPPLIER),
                null,
                LIST_SIZE)
            .items(),
        tenders.responsesOf(access.user().organisationsWhere(Role.SUPPLIER)));
  }

  @GET
  @Path("new")
  public TemplateInstance publishForm(@QueryParam("requirement") UUID requirementId) {
    RequirementView requirement = ownRequirement(requirementId);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return Templates.publish(
        requirement,
        Map.of(
            "questionsDeadline",
            local(now.plusDays(14)),
            "responsesDeadline",
            local(now.plusDays(28))),
        FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(MultivaluedMap<String, String> posted) {
    RequirementView requirement = ownRequirement(uuid(posted.getFirst("requirementId")));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("questionsDeadline", text(posted, "questionsDeadline"));
    form.put("responsesDeadline", text(posted, "responsesDeadline"));
    List<FormError> errors = new ArrayList<>();
    OffsetDateTime questions = dateTime(form.get("questionsDeadline"), "questionsDeadline", errors);
    OffsetDateTime responses = dateTime(form.get("responsesDeadline"), "responsesDeadline", errors);
    try {
      if (!errors.isEmpty()) {
        throw new DomainException(ProblemType.VALIDATION, "invalid", List.of());
      }
      TenderView published =
          tenders.publish(requirement, questions, responses, access.user().name());
      return seeOther("/tenders/" + published.id() + "?saved=true");
    } catch (DomainException e) {
      if (e.type() != ProblemType.VALIDATION) {
        throw e;
      }
      errors.addAll(formErrors(e.fieldErrors()));
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.publish(requirement, form, errors(errors)))
          .build();
    }
  }

  @GET
  @Path("{id}")
  public TemplateInstance tender(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
    return tenderPage(id, FormErrors.none(), null, "true".equals(saved));
  }

  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    UUID supplier = actingSupplier();
    String question = text(posted, "question");
    return attempt(
        id,
        question.isBlank() || question.length() > 4000
            ? List.of(
                FormError.of("question", question.isBlank() ? Problem.REQUIRED : Problem.TOO_LONG))
            : List.of(),
        () -> tenders.ask(id, supplier, question, access.user().name()));
  }

  @POST
  @Path("{id}/questions/{questionId}/answer")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answer(
      @PathParam("id") UUID id,
      @PathParam("questionId") UUID questionId,
      MultivaluedMap<String, String> posted) {
    ownTender(id);
    String answer = text(posted, "answer");
    return attempt(
        id,
        answer.isBlank()
            ? List.of(FormError.of("answer-" + questionId, Problem.REQUIRED))
            : List.of(),
        () -> tenders.answer(id, questionId, answer, access.user().name()));
  }

  @POST
  @Path("{id}/responses/{responseId}/evaluation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response evaluate(
      @PathParam("id") UUID id,
      @PathParam("responseId") UUID responseId,
      MultivaluedMap<String, String> posted) {
    ownTender(id);
    String note = text(posted, "note");
    return attempt(
        id,
        note.length() > 4000
            ? List.of(FormError.of("note-" + responseId, Problem.TOO_LONG))
            : List.of(),
        () -> tenders.evaluate(id, responseId, posted.containsKey("shortlisted"), note));
  }

  @POST
  @Path("{id}/conclusion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response conclude(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    TenderView tender = ownTender(id);
    List<FormError> errors = new ArrayList<>();
    TenderOutcome outcome = null;
    try {
      outcome = TenderOutcome.valueOf(text(posted, "outcome"));
    } catch (IllegalArgumentException e) {
      errors.add(FormError.of("outcome", Problem.CHOICE));
    }
    BigDecimal value = decimal(text(posted, "valueEur"), "valueEur", errors);
    LocalDate start = date(text(posted, "contractStart"), "contractStart", errors);
    LocalDate end = date(text(posted, "contractEnd"), "contractEnd", errors);
    Conclusion conclusion =
        new Conclusion(
            outcome,
            uuid(posted.getFirst("responseId")),
            value,
            start,
            end,
            text(posted, "reason"),
            null);
    return attempt(id, errors, () -> tenders.conclude(id, conclusion, tender.version()));
  }

  @GET
  @Path("{id}/response")
  public TemplateInstance responseForm(
      @PathParam("id") UUID id, @QueryParam("saved") String saved) {
    UUID supplier = actingSupplier();
    ResponseView current = ownResponse(id, supplier);
    return Templates.response(
        tenders.get(id),
        offeringsOf(supplier),
        ResponseForm.of(current),
        current,
        FormErrors.none(),
        null,
        "true".equals(saved));
  }

  @POST
  @Path("{id}/response")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response respond(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    UUID supplier = actingSupplier();
    TenderView tender = tenders.get(id);
    ResponseView current = ownResponse(id, supplier);
    Map<String, String> evidence = new LinkedHashMap<>();
    tender.criteria().forEach(c -> evidence.put(c.key(), text(posted, "evidence." + c.key())));
    ResponseForm form =
        new ResponseForm(
            posted.getOrDefault("offeringIds", List.of()),
            text(posted, "priceEur"),
            text(posted, "priceUnit"),
            evidence,
            text(posted, "version"));
    String action = text(posted, "action");
    List<FormError> errors = new ArrayList<>();
    BigDecimal price = decimal(form.priceEur(), "priceEur", errors);
    List<UUID> offered = new ArrayList<>();
    for (String offeringId : form.offeringIds()) {
      UUID parsed = uuid(offeringId);
      if (parsed == null) {
        errors.add(FormError.of("offeringIds", Problem.CHOICE));
      } else {
        offered.add(parsed);
      }
    }
    try {
      if ("withdraw".equals(action)) {
        if (current == null) {
          throw DomainException.notFound("Response of your organisation to tender", id);
        }
        tenders.withdraw(id, current.id(), null);
      } else {
        if (!errors.isEmpty()) {
          throw new DomainException(ProblemType.VALIDATION, "invalid", List.of());
        }
        ResponseDraft draft =
            new ResponseDraft(supplier, offered, price, form.priceUnit(), evidence, null);
        ResponseView saved =
            current == null
                ? tenders.draft(id, supplier, draft, access.user().name())
                : tenders.change(id, current.id(), draft, version(form.version(), current));
        if ("submit".equals(action)) {
          tenders.submit(id, saved.id(), null);
        }
      }
      return seeOther("/tenders/" + id + "/response?saved=true");
    } catch (DomainException e) {
      String notice = null;
      Response.Status status = Response.Status.BAD_REQUEST;
      if (e.type() == ProblemType.VALIDATION) {
        errors.addAll(formErrors(e.fieldErrors()));
      } else if (e.type() == ProblemType.DEADLINE_PASSED) {
        notice = messages().deadline_passed(TenderExtensions.utc(tender.responsesDeadline()));
        status = Response.Status.CONFLICT;
      } else if (e.type() == ProblemType.INVALID_STATE || e.type() == ProblemType.CONFLICT) {
        notice = messages().not_possible(e.getMessage());
        status = Response.Status.CONFLICT;
      } else {
        throw e;
      }
      ResponseView now = ownResponse(id, supplier);
      return Response.status(status)
          .entity(
              Templates.response(
                  tenders.get(id), offeringsOf(supplier), form, now, errors(errors), notice, false))
          .build();
    }
  }

  // ---- helpers

  /**
   * Runs a change of the tender page; form errors found before it, the service's field errors, a
   * passed deadline or a state that does not allow it come back on the page, with nothing changed.
   */
  private Response attempt(UUID id, List<FormError> early, Runnable change) {
    List<FormError> errors = new ArrayList<>(early);
    try {
      if (!errors.isEmpty()) {
        throw new DomainException(ProblemType.VALIDATION, "invalid", List.of());
      }
      change.run();
      return seeOther("/tenders/" + id + "?saved=true");
    } catch (DomainException e) {
      String notice = null;
      Response.Status status = Response.Status.BAD_REQUEST;
      if (e.type() == ProblemType.VALIDATION) {
        errors.addAll(formErrors(e.fieldErrors()));
      } else if (e.type() == ProblemType.DEADLINE_PASSED
          || e.type() == ProblemType.INVALID_STATE
          || e.type() == ProblemType.CONFLICT) {
        notice = messages().not_possible(e.getMessage());
        status = Response.Status.CONFLICT;
      } else {
        throw e;
      }
      return Response.status(status).entity(tenderPage(id, errors(errors), notice, false)).build();
    }
  }

  private TemplateInstance tenderPage(UUID id, FormErrors errors, String notice, boolean saved) {
    access.requirePerson();
    TenderView tender = tenders.get(id);
    boolean asBuyer = access.canManageRequirementsOf(tender.buyerOrganisationId());
    Set<UUID> suppliers = access.user().organisationsWhere(Role.SUPPLIER);
    boolean asSupplier = !suppliers.isEmpty() && !suppliers.contains(tender.buyerOrganisationId());
    List<ResponseView> own = tenders.responsesOfSuppliers(id, suppliers);
    return Templates.tender(
        tender,
        asBuyer,
        asSupplier,
        tenders.questions(id, asBuyer, suppliers),
        asBuyer ? tenders.responsesForBuyer(id) : List.of(),
        own.isEmpty() ? null : own.get(0),
        errors,
        notice,
        saved);
  }

  private TenderView ownTender(UUID id) {
    access.requirePerson();
    TenderView tender = tenders.get(id);
    if (!access.canManageRequirementsOf(tender.buyerOrganisationId())) {
      throw DomainException.notFound("Tender", id);
    }
    return tender;
  }

  private RequirementView ownRequirement(UUID id) {
    access.requirePerson();
    if (id == null) {
      throw DomainException.invalid("requirement", "must name one of your requirements");
    }
    RequirementView requirement = requirements.get(id);
    if (!access.canManageRequirementsOf(requirement.buyer().id())) {
      throw DomainException.notFound("Requirement", id);
    }
    return requirement;
  }

  /** The supplier organisation the person responds for: their only one. */
  private UUID actingSupplier() {
    access.requirePerson();
    return access
        .user()
        .organisationFor(Role.SUPPLIER)
        .orElseThrow(
            () ->
                DomainException.forbidden(
                    "Only members of exactly one supplier organisation may respond here"));
  }

  private ResponseView ownResponse(UUID id, UUID supplier) {
    List<ResponseView> own = tenders.responsesOfSuppliers(id, Set.of(supplier));
    return own.isEmpty() ? null : own.get(0);
  }

  private List<OfferingView> offeringsOf(UUID supplier) {
    return offerings.ofSupplier(supplier, EnumSet.of(OfferingStatus.PUBLISHED));
  }

  private static long version(String text, ResponseView current) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return current.version();
    }
  }

  private TenderMessages messages() {
    return language.bundle(TenderMessages.class);
  }

  private FormErrors errors(List<FormError> errors) {
    TenderMessages text = messages();
    return FormErrors.of(errors, language.messages(), "", field -> label(field, text));
  }

  static String label(String field, TenderMessages text) {
    if (field.startsWith("evidence.")) {
      return text.evidence() + ": " + text.criterion(field.substring("evidence.".length()));
    }
    if (field.startsWith("offeringIds")) {
      return text.offerings();
    }
    if (field.startsWith("answer")) {
      return text.answer();
    }
    if (field.startsWith("note")) {
      return text.note();
    }
    return switch (field) {
      case "questionsDeadline" -> text.questions_deadline();
      case "responsesDeadline" -> text.responses_deadline();
      case "question" -> text.question();
      case "priceEur" -> text.price();
      case "priceUnit" -> text.price_unit();
      case "outcome" -> text.outcome();
      case "responseId" -> text.awarded_response();
      case "valueEur" -> text.value();
      case "contractStart" -> text.contract_start();
      case "contractEnd" -> text.contract_end();
      case "reason" -> text.reason();
      default -> field;
    };
  }

  /** The service's field errors for people: the field, and what kind of problem. */
  private static List<FormError> formErrors(List<FieldError> errors) {
    List<FormError> translated = new ArrayList<>();
    for (FieldError error : errors) {
      String field = error.field().startsWith("offeringIds") ? "offeringIds" : error.field();
      Problem problem =
          switch (field) {
            case "offeringIds" ->
                error.message().startsWith("must name at least")
                    ? Problem.NO_OFFERING
                    : Problem.CHOICE;
            case "responseId", "outcome" -> Problem.CHOICE;
            case "questionsDeadline", "responsesDeadline" ->
                error.message().contains("future") ? Problem.FUTURE_DATE : Problem.DATE;
            default -> Problem.REQUIRED;
          };
      translated.add(FormError.of(field, problem));
    }
    return translated;
  }

  private static String text(MultivaluedMap<String, String> posted, String field) {
    String value = posted.getFirst(field);
    return value == null ? "" : value.strip();
  }

  private static UUID uuid(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BigDecimal decimal(String text, String field, List<FormError> errors) {
    if (text.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.replace(',', '.'));
      if (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12) {
        errors.add(FormError.of(field, Problem.DECIMAL));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(FormError.of(field, Problem.DECIMAL));
      return null;
    }
  }

  private static LocalDate date(String text, String field, List<FormError> errors) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(FormError.of(field, Problem.DATE));
      return null;
    }
  }

  /** A {@code datetime-local} value, read as UTC as the form says. */
  private static OffsetDateTime dateTime(String text, String field, List<FormError> errors) {
    if (text.isBlank()) {
      errors.add(FormError.of(field, Problem.REQUIRED));
      return null;
    }
    try {
      return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      errors.add(FormError.of(field, Problem.DATE));
      return null;
    }
  }

  private static String local(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .toLocalDateTime()
        .withSecond(0)
        .withNano(0)
        .toString();
  }

  private static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}

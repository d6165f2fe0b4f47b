package eu.aimarket.tender.api;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.Problem;
import eu.aimarket.common.QueryParams;
import eu.aimarket.common.Versions;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import eu.aimarket.tender.Conclusion;
import eu.aimarket.tender.QuestionView;
import eu.aimarket.tender.ResponseDraft;
import eu.aimarket.tender.ResponseView;
import eu.aimarket.tender.TenderLead;
import eu.aimarket.tender.TenderService;
import eu.aimarket.tender.TenderView;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tenders: buyers publish open requirements for responses; suppliers ask questions and respond
 * until the deadlines; buyers evaluate and conclude. Every signed-in organisation sees a tender; a
 * supplier sees only its own responses and questions (and every published answer), the buyer only
 * its own tenders' responses, once submitted.
 */
@Path("/api/v1/tenders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class TenderResource {

  private final TenderService tenders;
  private final RequirementService requirements;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public TenderResource(
      TenderService tenders,
      RequirementService requirements,
      AccessPolicy access,
      MarketplaceConfig config) {
    this.tenders = tenders;
    this.requirements = requirements;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listTenders",
      summary = "The lead feed: open tenders, and your organisation's own",
      description =
          "Every open tender, plus the caller's buyer organisations' tenders in any state;"
              + " matched says whether one of the caller's offerings is in the latest ranking.")
  @APIResponse(responseCode = "200", description = "One page of tenders")
  @APIResponse(responseCode = "400", description = "A bad cursor or limit")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Page<TenderLead> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    access.requireSignedIn();
    return tenders.leads(
        access.user().organisationsWhere(Role.BUYER),
        access.user().organisationsWhere(Role.SUPPLIER),
        cursor,
        limitOf(limit));
  }

  private int limitOf(String limit) {
    return config.limit(QueryParams.intValue("limit", limit));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "publishTender",
      summary = "Publish an open requirement as a tender",
      description = "With a deadline for questions and a later one for responses.")
  @APIResponse(
      responseCode = "201",
      description = "Published; the ETag is the tender's version",
      content = @Content(schema = @Schema(implementation = TenderView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, one entry per field",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such requirement, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "The requirement is not open, or already published as a tender")
  public Response publish(@Valid @NotNull PublishTenderRequest request, @Context UriInfo uri) {
    access.requireSignedIn();
    RequirementView requirement = requirements.get(request.requirementId());
    if (!access.canManageRequirementsOf(requirement.buyer().id())) {
      throw DomainException.notFound("Requirement", request.requirementId());
    }
    TenderView published =
        tenders.publish(
            requirement,
            request.questionsDeadline(),
            request.responsesDeadline(),
            access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(published.id().toString()).build())
        .entity(published)
        .tag(Versions.tag(published.version()))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getTender", summary = "Read a tender")
  @APIResponse(
      responseCode = "200",
      description = "The tender; its ETag is its version",
      content = @Content(schema = @Schema(implementation = TenderView.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such tender")
  public Response get(@PathParam("id") UUID id) {
    access.requireSignedIn();
    TenderView tender = tenders.get(id);
    return Response.ok(tender).tag(Versions.tag(tender.version())).build();
  }

  @POST
  @Path("/{id}/conclusion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "concludeTender",
      summary = "Award a tender, find no response suitable, or cancel it",
      description =
          "Needs If-Match (412 when stale) or version in the body (409 when stale). Awarding and"
              + " none-suitable come after the responses deadline; unsuccessful suppliers are told.")
  @APIResponse(
      responseCode = "200",
      description = "Concluded",
      content = @Content(schema = @Schema(implementation = TenderView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such tender, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "Stale version, already concluded, or responses still open")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response conclude(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull Conclusion conclusion) {
    TenderView tender = ownTender(id);
    long expected = Versions.expected(ifMatch, conclusion.version(), tender.version());
    TenderView concluded =
        Versions.underIfMatch(ifMatch, () -> tenders.conclude(id, conclusion, expected));
    return Response.ok(concluded).tag(Versions.tag(concluded.version())).build();
  }

  @GET
  @Path("/{id}/questions")
  @Operation(
      operationId = "listTenderQuestions",
      summary = "Clarification questions",
      description = "The buyer sees every question; a supplier its own and every answered one.")
  @APIResponse(responseCode = "200", description = "One page of questions, in a stable order")
  @APIResponse(responseCode = "400", description = "A bad cursor or limit")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such tender")
  public Page<QuestionView> questions(
      @PathParam("id") UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireSignedIn();
    TenderView tender = tenders.get(id);
    List<QuestionView> visible =
        tenders.questions(
            id, access.canManageRequirementsOf(tender.buyerOrganisationId()), ownSuppliers());
    return Cursor.pageOf(visible, cursor, limitOf(limit), QuestionView::id);
  }

  @POST
  @Path("/{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "askTenderQuestion",
      summary = "Ask a clarification question, privately, before the questions deadline")
  @APIResponse(
      responseCode = "201",
      description = "Asked",
      content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a supplier, or the tender's own buyer")
  @APIResponse(responseCode = "404", description = "No such tender")
  @APIResponse(responseCode = "409", description = "The questions deadline has passed")
  public Response ask(
      @PathParam("id") UUID id, @Valid @NotNull QuestionRequest request, @Context UriInfo uri) {
    UUID supplier = actingSupplier(request.supplierOrganisationId());
    QuestionView asked = tenders.ask(id, supplier, request.question(), access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(asked.id().toString()).build())
        .entity(asked)
        .build();
  }

  @PUT
  @Path("/{id}/questions/{questionId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "answerTenderQuestion",
      summary = "Answer a question; the answer is published to every supplier")
  @APIResponse(
      responseCode = "200",
      description = "Answered",
      content = @Content(schema = @Schema(implementation = QuestionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such tender or question, or not yours")
  @APIResponse(responseCode = "409", description = "Already answered, or the tender concluded")
  public QuestionView answer(
      @PathParam("id") UUID id,
      @PathParam("questionId") UUID questionId,
      @Valid @NotNull AnswerRequest request) {
    ownTender(id);
    return tenders.answer(id, questionId, request.answer(), access.user().name());
  }

  @GET
  @Path("/{id}/responses")
  @Operation(
      operationId = "listTenderResponses",
      summary = "Responses: the buyer's side-by-side view, or the supplier's own",
      description =
          "The buyer sees every submitted response with each offering's rank in the latest"
              + " ranking and its sovereignty assessment; a supplier sees its own response.")
  @APIResponse(responseCode = "200", description = "One page of responses, in a stable order")
  @APIResponse(responseCode = "400", description = "A bad cursor or limit")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such tender")
  public Page<ResponseView> responses(
      @PathParam("id") UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireSignedIn();
    TenderView tender = tenders.get(id);
    List<ResponseView> visible =
        access.canManageRequirementsOf(tender.buyerOrganisationId())
            ? tenders.responsesForBuyer(id)
            : tenders.responsesOfSuppliers(id, ownSuppliers());
    return Cursor.pageOf(visible, cursor, limitOf(limit), ResponseView::id);
  }

  @POST
  @Path("/{id}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "draftTenderResponse",
      summary = "Start your organisation's response, as a draft",
      description =
          "Offerings, price and evidence per criterion (keys from the tender's criteria) may be"
              + " incomplete until submission.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; the ETag is the response's version",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a supplier, or the tender's own buyer")
  @APIResponse(responseCode = "404", description = "No such tender")
  @APIResponse(
      responseCode = "409",
      description = "The responses deadline has passed, or you already responded")
  public Response draft(
      @PathParam("id") UUID id, @Valid @NotNull ResponseDraft draft, @Context UriInfo uri) {
    UUID supplier = actingSupplier(draft.supplierOrganisationId());
    ResponseView drafted = tenders.draft(id, supplier, draft, access.user().name());
    return Response.created(uri.getAbsolutePathBuilder().path(drafted.id().toString()).build())
        .entity(drafted)
        .tag(Versions.tag(drafted.version()))
        .build();
  }

  @GET
  @Path("/{id}/responses/{responseId}")
  @Operation(operationId = "getTenderResponse", summary = "Read a response")
  @APIResponse(
      responseCode = "200",
      description = "The response; its ETag is its version",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such response, or not yours to see")
  public Response response(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
    ResponseView response = visibleResponse(id, responseId);
    return Response.ok(response).tag(Versions.tag(response.version())).build();
  }

  @PUT
  @Path("/{id}/responses/{responseId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeTenderResponse",
      summary = "Change a draft or withdrawn response",
      description = "Needs If-Match (412 when stale) or version in the body (409 when stale).")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the response is a draft again",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such response, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "Stale version, submitted (withdraw first), or the deadline has passed")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response change(
      @PathParam("id") UUID id,
      @PathParam("responseId") UUID responseId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ResponseDraft draft) {
    ResponseView current = ownResponse(id, responseId);
    long expected = Versions.expected(ifMatch, draft.version(), current.version());
    ResponseView changed =
        Versions.underIfMatch(ifMatch, () -> tenders.change(id, responseId, draft, expected));
    return Response.ok(changed).tag(Versions.tag(changed.version())).build();
  }

  @POST
  @Path("/{id}/responses/{responseId}/submit")
  @Operation(
      operationId = "submitTenderResponse",
      summary = "Submit a response before the deadline (server time)",
      description =
          "Needs at least one offering, a price and evidence for every must-have. If-Match is"
              + " optional (412 when stale).")
  @APIResponse(
      responseCode = "200",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(responseCode = "400", description = "The response is not complete")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such response, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "The responses deadline has passed, or the response is already submitted")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public Response submit(
      @PathParam("id") UUID id,
      @PathParam("responseId") UUID responseId,
      @HeaderParam("If-Match") String ifMatch) {
    ResponseView current = ownResponse(id, responseId);
    long expected = Versions.expected(ifMatch, current.version(), current.version());
    ResponseView submitted =
        Versions.underIfMatch(ifMatch, () -> tenders.submit(id, responseId, expected));
    return Response.ok(submitted).tag(Versions.tag(submitted.version())).build();
  }

  @POST
  @Path("/{id}/responses/{responseId}/withdraw")
  @Operation(
      operationId = "withdrawTenderResponse",
      summary = "Withdraw a submitted response before the deadline",
      description = "It can then be changed and submitted again. If-Match is optional.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such response, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "The responses deadline has passed, or the response is not submitted")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public Response withdraw(
      @PathParam("id") UUID id,
      @PathParam("responseId") UUID responseId,
      @HeaderParam("If-Match") String ifMatch) {
    ResponseView current = ownResponse(id, responseId);
    long expected = Versions.expected(ifMatch, current.version(), current.version());
    ResponseView withdrawn =
        Versions.underIfMatch(ifMatch, () -> tenders.withdraw(id, responseId, expected));
    return Response.ok(withdrawn).tag(Versions.tag(withdrawn.version())).build();
  }

  @PUT
  @Path("/{id}/responses/{responseId}/evaluation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "evaluateTenderResponse",
      summary = "Shortlist a response and record a note, after the responses deadline",
      description = "Needs If-Match (412 when stale) or version in the body (409 when stale).")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ResponseView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such response, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "Stale version, responses still open, or the tender concluded")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response evaluate(
      @PathParam("id") UUID id,
      @PathParam("responseId") UUID responseId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EvaluationRequest request) {
    ownTender(id);
    ResponseView current = tenders.response(id, responseId, true, Set.of());
    Versions.expected(ifMatch, request.version(), current.version());
    ResponseView evaluated =
        tenders.evaluate(id, responseId, request.shortlisted(), request.note());
    return Response.ok(evaluated).tag(Versions.tag(evaluated.version())).build();
  }

  /** A tender whose buyer the caller acts for; anyone else is told it does not exist. */
  private TenderView ownTender(UUID id) {
    access.requireSignedIn();
    TenderView tender = tenders.get(id);
    if (!access.canManageRequirementsOf(tender.buyerOrganisationId())) {
      throw DomainException.notFound("Tender", id);
    }
    return tender;
  }

  /** A response the caller may see: its own supplier's, or a submitted one to its own tender. */
  private ResponseView visibleResponse(UUID id, UUID responseId) {
    access.requireSignedIn();
    TenderView tender = tenders.get(id);
    UUID supplier = tenders.supplierOf(id, responseId);
    if (access.canManageOfferingsOf(supplier)) {
      return tenders.response(id, responseId, false, Set.of(supplier));
    }
    return tenders.response(
        id, responseId, access.canManageRequirementsOf(tender.buyerOrganisationId()), Set.of());
  }

  /** A response of the caller's own supplier organisation; anyone else's does not exist. */
  private ResponseView ownResponse(UUID id, UUID responseId) {
    access.requireSignedIn();
    UUID supplier = tenders.supplierOf(id, responseId);
    if (!access.canManageOfferingsOf(supplier)) {
      throw DomainException.notFound("Response", responseId);
    }
    return tenders.response(id, responseId, false, Set.of(supplier));
  }

  private Set<UUID> ownSuppliers() {
    return access.user().organisationsWhere(Role.SUPPLIER);
  }

  /** The supplier organisation the caller acts for: the one named, or its only one. */
  private UUID actingSupplier(UUID requested) {
    access.requireSignedIn();
    UUID supplier = requested;
    if (supplier == null) {
      Set<UUID> own = ownSuppliers();
      if (own.isEmpty()) {
        throw DomainException.forbidden("Only a supplier organisation's members may do this");
      }
      supplier =
          access
              .user()
              .organisationFor(Role.SUPPLIER)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "supplierOrganisationId",
                          "is required: you act for more than one supplier organisation"));
    }
    access.requireCanManageOfferingsOf(supplier);
    return supplier;
  }
}

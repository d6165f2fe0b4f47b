package eu.aimarket.tender;

import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.common.ProblemType;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementSummary;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AuditLog;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import eu.aimarket.integration.EventData;
import eu.aimarket.integration.Events;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import eu.aimarket.matching.RankedOffering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * From match to award: a buyer publishes an open requirement as a tender, suppliers ask questions
 * and respond until the deadlines (by the server's clock), the buyer evaluates and concludes.
 * Callers decide who may act (through {@code AccessPolicy}); this service enforces what the
 * tender's state and deadlines allow, records every step in the audit log and publishes its webhook
 * event.
 */
@ApplicationScoped
public class TenderService {

  static final String AUDIT_TENDER = "tender";
  static final String AUDIT_QUESTION = "tender-question";
  static final String AUDIT_RESPONSE = "tender-response";

  private final TenderRepository tenders;
  private final TenderQuestionRepository questions;
  private final TenderResponseRepository responses;
  private final RequirementService requirements;
  private final OrganisationService organisations;
  private final OfferingService offerings;
  private final MatchService matches;
  private final Events events;
  private final AuditLog audit;
  private final Clock clock;

  TenderService(
      TenderRepository tenders,
      TenderQuestionRepository questions,
      TenderResponseRepository responses,
      RequirementService requirements,
      OrganisationService organisations,
      OfferingService offerings,
      MatchService matches,
      Events events,
      AuditLog audit,
      Clock clock) {
    this.tenders = tenders;
    this.questions = questions;
    this.responses = responses;
    this.requirements = requirements;
    this.organisations = organisations;
    this.offerings = offerings;
    this.matches = matches;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  // ---- tenders

  @Transactional
  public TenderView publish(
      RequirementView requirement,
      OffsetDateTime questionsDeadline,
      OffsetDateTime responsesDeadline,
      String publishedBy) {
    if (requirement.status() != RequirementStatus.OPEN) {
      throw invalidState(
          "Only an open requirement can be published as a tender; this one is "
              + requirement.status());
    }
    tenders
        .findByRequirement(requirement.id())
        .ifPresent(
            existing -> {
              throw invalidState(
                  "This requirement is already published as tender " + existing.getId());
            });
    OffsetDateTime now = now();
    List<FieldError> errors = new ArrayList<>();
    if (!responsesDeadline.isAfter(now)) {
      errors.add(new FieldError("responsesDeadline", "must be in the future"));
    }
    if (questionsDeadline.isAfter(responsesDeadline)) {
      errors.add(new FieldError("questionsDeadline", "must not be after responsesDeadline"));
    }
    if (responsesDeadline.getYear() > 2200) {
      errors.add(new FieldError("responsesDeadline", "is too far in the future"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    Tender tender =
        new Tender(
            UUID.randomUUID(),
            requirement.id(),
            requirement.buyer().id(),
            utc(questionsDeadline),
            utc(responsesDeadline),
            publishedBy,
            now);
    tenders.persist(tender);
    tenders.flush();
    TenderView view = view(tender);
    audit.record("published", AUDIT_TENDER, tender.getId(), null, audit.snapshot(view, "criteria"));
    events.tenderPublished(
        new EventData.Tender(
            view.id(),
            requirement.id(),
            requirement.title(),
            requirement.buyer().name(),
            view.questionsDeadline(),
            view.responsesDeadline(),
            href(view.id())));
    return view;
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<TenderView> find(UUID id) {
    return tenders.findByIdOptional(id).map(this::view);
  }

  @Transactional(TxType.SUPPORTS)
  public TenderView get(UUID id) {
    return view(load(id));
  }

  /** The tender of a requirement, if it was published as one. */
  @Transactional(TxType.SUPPORTS)
  public Optional<TenderView> ofRequirement(UUID requirementId) {
    return tenders.findByRequirement(requirementId).map(this::view);
  }

  /**
   * Open tenders (the lead feed) and the given buyer organisations' own tenders, one page at a
   * time; {@code matched} says whether one of {@code supplierIds}' offerings is in the latest
   * ranking.
   */
  @Transactional(TxType.SUPPORTS)
  public Page<TenderLead> leads(
      Collection<UUID> ownBuyerIds, Set<UUID> supplierIds, String cursor, int limit) {
    List<Tender> rows = tenders.findVisiblePage(ownBuyerIds, Cursor.decode(cursor), limit + 1);
    return Cursor.page(rows, limit, Tender::getId).map(t -> lead(t, supplierIds));
  }

  @Transactional
  public TenderView conclude(UUID tenderId, Conclusion conclusion, long expectedVersion) {
    Tender tender = load(tenderId);
    if (tender.getStatus().concluded()) {
      throw invalidState("This tender is already concluded: " + tender.getStatus());
    }
    if (tender.getVersion() != expectedVersion) {
      throw DomainException.staleVersion(
          "Tender " + tenderId, expectedVersion, tender.getVersion());
    }
    OffsetDateTime now = now();
    TenderView before = view(tender);
    TenderOutcome outcome = conclusion.outcome();
    if (outcome != TenderOutcome.CANCELLED && responsesOpen(tender, now)) {
      throw invalidState(
          "Responses are open until "
              + tender.getResponsesDeadline()
              + "; award or find none suitable after that, or cancel the tender");
    }
    List<TenderResponse> all = responses.findByTender(tenderId);
    TenderResponse awarded = null;
    List<FieldError> errors = new ArrayList<>();
    String reason = blankToNull(conclusion.reason());
    switch (outcome) {
      case AWARDED -> {
        awarded =
            all.stream()
                .filter(r -> r.getId().equals(conclusion.responseId()))
                .filter(r -> r.getStatus() == ResponseStatus.SUBMITTED)
                .findFirst()
                .orElse(null);
        if (awarded == null) {
          errors.add(new FieldError("responseId", "must name a submitted response of this tender"));
        }
        if (conclusion.valueEur() == null) {
          errors.add(new FieldError("valueEur", "is required to award"));
        }
        if (conclusion.contractStart() == null) {
          errors.add(new FieldError("contractStart", "is required to award"));
        }
        if (conclusion.contractEnd() == null) {
          errors.add(new FieldError("contractEnd", "is required to award"));
        } else if (conclusion.contractStart() != null
            && conclusion.contractEnd().isBefore(conclusion.contractStart())) {
          errors.add(new FieldError("contractEnd", "must not be before contractStart"));
        }
      }
      case NONE_SUITABLE -> {
        if (reason == null) {
          errors.add(new FieldError("reason", "must say why no response was suitable"));
        }
      }
      case CANCELLED -> {}
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    boolean awarding = outcome == TenderOutcome.AWARDED;
    tender.conclude(
        outcome.status(),
        awarding ? awarded.getId() : null,
        awarding ? conclusion.valueEur() : null,
        awarding ? conclusion.contractStart() : null,
        awarding ? conclusion.contractEnd() : null,
        reason,
        now);
    List<TenderResponse> decided = new ArrayList<>();
    for (TenderResponse response : all) {
      if (response.getStatus() == ResponseStatus.SUBMITTED) {
        response.moveTo(
            response == awarded ? ResponseStatus.AWARDED : ResponseStatus.UNSUCCESSFUL, now);
        decided.add(response);
      }
    }
    requirements.close(
        tender.getRequirementId(), awarding ? RequirementStatus.AWARDED : RequirementStatus.CLOSED);
    tenders.flush();
    TenderView after = view(tender);
    audit.record(
        outcome.name().toLowerCase().replace('_', '-'),
        AUDIT_TENDER,
        tenderId,
        audit.snapshot(before, "criteria", "questionsOpen", "responsesOpen"),
        audit.snapshot(after, "criteria", "questionsOpen", "responsesOpen"));
    TenderView.Outcome result = after.outcome();
    events.tenderConcluded(
        new EventData.TenderOutcome(
            tenderId,
            tender.getRequirementId(),
            outcome.name(),
            result.awardedResponseId(),
            result.awardedSupplierId(),
            result.valueEur(),
            result.contractStart(),
            result.contractEnd(),
            result.reason(),
            href(tenderId)));
    for (TenderResponse response : decided) {
      events.responseDecided(responseEvent(response));
    }
    return after;
  }

  // ---- questions

  /**
   * The questions a caller may read: the buyer every one, a supplier its own and every answered
   * one.
   */
  @Transactional(TxType.SUPPORTS)
  public List<QuestionView> questions(UUID tenderId, boolean asBuyer, Set<UUID> ownSupplierIds) {
    load(tenderId);
    return questions.findByTender(tenderId).stream()
        .filter(
            q ->
                asBuyer || q.isAnswered() || ownSupplierIds.contains(q.getSupplierOrganisationId()))
        .map(q -> questionView(q, asBuyer, ownSupplierIds))
        .toList();
  }

  @Transactional
  public QuestionView ask(UUID tenderId, UUID supplierId, String question, String askedBy) {
    Tender tender = load(tenderId);
    requireNotOwnTender(tender, supplierId);
    OffsetDateTime now = now();
    if (tender.getStatus().concluded() || !now.isBefore(tender.getQuestionsDeadline())) {
      throw new DomainException(
          ProblemType.DEADLINE_PASSED,
          "Questions closed at " + tender.getQuestionsDeadline() + "; this question was not sent");
    }
    TenderQuestion asked =
        new TenderQuestion(UUID.randomUUID(), tenderId, supplierId, question.strip(), askedBy, now);
    questions.persist(asked);
    QuestionView view = questionView(asked, false, Set.of(supplierId));
    audit.record("asked", AUDIT_QUESTION, asked.getId(), null, view);
    events.questionAsked(
        tender.getBuyerOrganisationId(),
        new EventData.Question(
            asked.getId(),
            tenderId,
            asked.getQuestion(),
            null,
            null,
            supplierId,
            href(tenderId) + "/questions"));
    return view;
  }

  @Transactional
  public QuestionView answer(UUID tenderId, UUID questionId, String answer, String answeredBy) {
    Tender tender = load(tenderId);
    TenderQuestion question =
        questions
            .findByIdOptional(questionId)
            .filter(q -> q.getTenderId().equals(tenderId))
            .orElseThrow(() -> DomainException.notFound("Question", questionId));
    if (tender.getStatus().concluded()) {
      throw invalidState("This tender is concluded: " + tender.getStatus());
    }
    if (question.isAnswered()) {
      throw invalidState("This question is already answered");
    }
    QuestionView before = questionView(question, true, Set.of());
    question.answer(answer.strip(), answeredBy, now());
    QuestionView view = questionView(question, true, Set.of());
    audit.record("answered", AUDIT_QUESTION, questionId, before, view);
    events.questionAnswered(
        new EventData.Question(
            questionId,
            tenderId,
            question.getQuestion(),
            question.getAnswer(),
            question.getAnsweredAt(),
            null,
            href(tenderId) + "/questions"));
    return view;
  }

  // ---- responses

  /** The submitted responses of a tender, for its buyer to compare side by side. */
  @Transactional(TxType.SUPPORTS)
  public List<ResponseView> responsesForBuyer(UUID tenderId) {
    Tender tender = load(tenderId);
    List<TenderResponse> visible =
        responses.findByTender(tenderId).stream()
            .filter(r -> r.getStatus().visibleToBuyer())
            .toList();
    return responseViews(tender, visible, true);
  }

  /** The responses of these supplier organisations to a tender (one each at most). */
  @Transactional(TxType.SUPPORTS)
  public List<ResponseView> responsesOfSuppliers(UUID tenderId, Set<UUID> supplierIds) {
    Tender tender = load(tenderId);
    List<TenderResponse> own =
        responses.findByTender(tenderId).stream()
            .filter(r -> supplierIds.contains(r.getSupplierOrganisationId()))
            .toList();
    return responseViews(tender, own, false);
  }

  /** Every response of these supplier organisations, newest first, for their tender list. */
  @Transactional(TxType.SUPPORTS)
  public List<SupplierResponse> responsesOf(Set<UUID> supplierIds) {
    return responses.findOfSuppliers(supplierIds).stream()
        .map(
            r ->
                new SupplierResponse(
                    r.getTenderId(),
                    requirements.get(load(r.getTenderId()).getRequirementId()).title(),
                    r.getStatus(),
                    r.getUpdatedAt()))
        .sorted(java.util.Comparator.comparing(SupplierResponse::updatedAt).reversed())
        .toList();
  }

  /**
   * A response as the caller may see it: its own supplier's members see it without the buyer's
   * evaluation, the buyer sees it once submitted; anyone else is told it does not exist.
   */
  @Transactional(TxType.SUPPORTS)
  public ResponseView response(
      UUID tenderId, UUID responseId, boolean asBuyer, Set<UUID> ownSupplierIds) {
    Tender tender = load(tenderId);
    TenderResponse response = loadResponse(tenderId, responseId);
    if (ownSupplierIds.contains(response.getSupplierOrganisationId())) {
      return responseViews(tender, List.of(response), false).get(0);
    }
    if (asBuyer && response.getStatus().visibleToBuyer()) {
      return responseViews(tender, List.of(response), true).get(0);
    }
    throw DomainException.notFound("Response", responseId);
  }

  /** The supplier organisation a response belongs to, for access decisions. */
  @Transactional(TxType.SUPPORTS)
  public UUID supplierOf(UUID tenderId, UUID responseId) {
    return loadResponse(tenderId, responseId).getSupplierOrganisationId();
  }

  @Transactional
  public ResponseView draft(UUID tenderId, UUID supplierId, ResponseDraft draft, String createdBy) {
    Tender tender = load(tenderId);
    requireNotOwnTender(tender, supplierId);
    OffsetDateTime now = now();
    requireResponsesOpen(tender, now, "this response was not saved");
    responses
        .findBySupplier(tenderId, supplierId)
        .ifPresent(
            existing -> {
              throw invalidState(
                  "Your organisation already has response "
                      + existing.getId()
                      + " to this tender; change that one");
            });
    validate(tender, supplierId, draft);
    TenderResponse response =
        new TenderResponse(UUID.randomUUID(), tenderId, supplierId, createdBy, now);
    response.change(
        draft.offeringIds(), draft.priceEur(), trimmed(draft.priceUnit()), trimmed(draft), now);
    responses.persist(response);
    responses.flush();
    ResponseView view = responseViews(tender, List.of(response), false).get(0);
    audit.record("drafted", AUDIT_RESPONSE, response.getId(), null, auditState(view));
    return view;
  }

  @Transactional
  public ResponseView change(
      UUID tenderId, UUID responseId, ResponseDraft draft, long expectedVersion) {
    Tender tender = load(tenderId);
    TenderResponse response = loadResponse(tenderId, responseId);
    OffsetDateTime now = now();
    requireResponsesOpen(tender, now, "this change was not saved");
    if (!response.getStatus().editable()) {
      throw invalidState(
          "A "
              + response.getStatus().name().toLowerCase()
              + " response cannot be changed"
              + (response.getStatus() == ResponseStatus.SUBMITTED ? "; withdraw it first" : ""));
    }
    requireVersion(response, expectedVersion);
    validate(tender, response.getSupplierOrganisationId(), draft);
    ResponseView before = responseViews(tender, List.of(response), false).get(0);
    response.change(
        draft.offeringIds(), draft.priceEur(), trimmed(draft.priceUnit()), trimmed(draft), now);
    responses.flush();
    ResponseView after = responseViews(tender, List.of(response), false).get(0);
    audit.record("changed", AUDIT_RESPONSE, responseId, auditState(before), auditState(after));
    return after;
  }

  @Transactional
  public ResponseView submit(UUID tenderId, UUID responseId, Long expectedVersion) {
    Tender tender = load(tenderId);
    TenderResponse response = loadResponse(tenderId, responseId);
    OffsetDateTime now = now();
    requireResponsesOpen(tender, now, "this response was not submitted");
    if (!response.getStatus().editable()) {
      throw invalidState("This response is " + response.getStatus() + ", not a draft");
    }
    if (expectedVersion != null) {
      requireVersion(response, expectedVersion);
    }
    List<FieldError> errors = new ArrayList<>();
    if (response.getOfferingIds().isEmpty()) {
      errors.add(new FieldError("offeringIds", "must name at least one of your offerings"));
    }
    if (response.getPriceEur() == null) {
      errors.add(new FieldError("priceEur", "is required to submit"));
    }
    for (Criterion criterion : criteria(tender)) {
      if (criterion.mustHave() && !response.getEvidence().containsKey(criterion.key())) {
        errors.add(
            new FieldError("evidence." + criterion.key(), "is required for every must-have"));
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException(
          ProblemType.VALIDATION,
          "The response is not complete: " + errors.size() + " field(s) missing",
          errors);
    }
    ResponseView before = responseViews(tender, List.of(response), false).get(0);
    response.moveTo(ResponseStatus.SUBMITTED, now);
    responses.flush();
    ResponseView after = responseViews(tender, List.of(response), false).get(0);
    audit.record("submitted", AUDIT_RESPONSE, responseId, auditState(before), auditState(after));
    events.responseSubmitted(tender.getBuyerOrganisationId(), responseEvent(response));
    return after;
  }

  @Transactional
  public ResponseView withdraw(UUID tenderId, UUID responseId, Long expectedVersion) {
    Tender tender = load(tenderId);
    TenderResponse response = loadResponse(tenderId, responseId);
    OffsetDateTime now = now();
    requireResponsesOpen(tender, now, "this response stays submitted");
    if (response.getStatus() != ResponseStatus.SUBMITTED) {
      throw invalidState("Only a submitted response can be withdrawn; this one is a draft");
    }
    if (expectedVersion != null) {
      requireVersion(response, expectedVersion);
    }
    ResponseView before = responseViews(tender, List.of(response), false).get(0);
    response.moveTo(ResponseStatus.WITHDRAWN, now);
    responses.flush();
    ResponseView after = responseViews(tender, List.of(response), false).get(0);
    audit.record("withdrawn", AUDIT_RESPONSE, responseId, auditState(before), auditState(after));
    events.responseWithdrawn(tender.getBuyerOrganisationId(), responseEvent(response));
    return after;
  }

  /**
   * The buyer shortlists a submitted response (or not) and records its note, after the deadline.
   */
  @Transactional
  public ResponseView evaluate(UUID tenderId, UUID responseId, boolean shortlisted, String note) {
    Tender tender = load(tenderId);
    TenderResponse response = loadResponse(tenderId, responseId);
    if (!response.getStatus().visibleToBuyer()) {
      throw DomainException.notFound("Response", responseId);
    }
    OffsetDateTime now = now();
    if (tender.getStatus().concluded()) {
      throw invalidState("This tender is concluded: " + tender.getStatus());
    }
    if (responsesOpen(tender, now)) {
      throw invalidState(
          "Responses are evaluated after the deadline, " + tender.getResponsesDeadline());
    }
    ResponseView before = responseViews(tender, List.of(response), true).get(0);
    response.evaluate(shortlisted, blankToNull(note), now);
    responses.flush();
    ResponseView after = responseViews(tender, List.of(response), true).get(0);
    audit.record(
        "evaluated",
        AUDIT_RESPONSE,
        responseId,
        Map.of("shortlisted", before.shortlisted(), "note", String.valueOf(before.buyerNote())),
        Map.of("shortlisted", after.shortlisted(), "note", String.valueOf(after.buyerNote())));
    return after;
  }

  // ---- helpers

  private Tender load(UUID id) {
    return tenders.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Tender", id));
  }

  private TenderResponse loadResponse(UUID tenderId, UUID responseId) {
    return responses
        .findByIdOptional(responseId)
        .filter(r -> r.getTenderId().equals(tenderId))
        .orElseThrow(() -> DomainException.notFound("Response", responseId));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static OffsetDateTime utc(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static boolean responsesOpen(Tender tender, OffsetDateTime now) {
    return tender.getStatus() == TenderStatus.OPEN && now.isBefore(tender.getResponsesDeadline());
  }

  private static void requireResponsesOpen(Tender tender, OffsetDateTime now, String consequence) {
    if (tender.getStatus().concluded()) {
      throw invalidState("This tender is concluded: " + tender.getStatus() + "; " + consequence);
    }
    if (!responsesOpen(tender, now)) {
      throw new DomainException(
          ProblemType.DEADLINE_PASSED,
          "Responses closed at " + tender.getResponsesDeadline() + "; " + consequence);
    }
  }

  private static void requireNotOwnTender(Tender tender, UUID supplierId) {
    if (tender.getBuyerOrganisationId().equals(supplierId)) {
      throw DomainException.forbidden("An organisation cannot respond to its own tender");
    }
  }

  private static void requireVersion(TenderResponse response, long expectedVersion) {
    if (response.getVersion() != expectedVersion) {
      throw DomainException.staleVersion(
          "Response " + response.getId(), expectedVersion, response.getVersion());
    }
  }

  private static DomainException invalidState(String detail) {
    return new DomainException(ProblemType.INVALID_STATE, detail);
  }

  /**
   * Offerings must be the supplier's own published ones; evidence only for the tender's criteria.
   */
  private void validate(Tender tender, UUID supplierId, ResponseDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    if (new HashSet<>(draft.offeringIds()).size() != draft.offeringIds().size()) {
      errors.add(new FieldError("offeringIds", "must not name an offering twice"));
    }
    Set<UUID> published =
        offerings.findPublished(draft.offeringIds()).stream()
            .filter(o -> o.supplier().id().equals(supplierId))
            .map(OfferingView::id)
            .collect(Collectors.toSet());
    for (int i = 0; i < draft.offeringIds().size(); i++) {
      if (!published.contains(draft.offeringIds().get(i))) {
        errors.add(
            new FieldError(
                "offeringIds[" + i + "]", "is not a published offering of your organisation"));
      }
    }
    Set<String> keys = criteria(tender).stream().map(Criterion::key).collect(Collectors.toSet());
    draft.evidence().keySet().stream()
        .filter(key -> !keys.contains(key))
        .sorted()
        .forEach(
            key ->
                errors.add(
                    new FieldError(
                        "evidence." + key,
                        "is not a criterion of this tender; use one of "
                            + keys.stream().sorted().collect(Collectors.joining(", ")))));
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  private static Map<String, String> trimmed(ResponseDraft draft) {
    return draft.evidence().entrySet().stream()
        .filter(e -> !e.getValue().isBlank())
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
  }

  private static String trimmed(String value) {
    return blankToNull(value) == null ? null : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private List<Criterion> criteria(Tender tender) {
    return Criterion.of(requirements.get(tender.getRequirementId()));
  }

  private TenderView view(Tender tender) {
    RequirementView requirement = requirements.get(tender.getRequirementId());
    OffsetDateTime now = now();
    TenderView.Outcome outcome = null;
    if (tender.getStatus().concluded()) {
      OrganisationSummary awardedSupplier =
          tender.getAwardedResponseId() == null
              ? null
              : responses
                  .findByIdOptional(tender.getAwardedResponseId())
                  .map(r -> organisations.summaries(Set.of(r.getSupplierOrganisationId())))
                  .flatMap(m -> m.values().stream().findFirst())
                  .orElse(null);
      outcome =
          new TenderView.Outcome(
              TenderOutcome.valueOf(tender.getStatus().name()),
              tender.getAwardedResponseId(),
              awardedSupplier == null ? null : awardedSupplier.id(),
              awardedSupplier == null ? null : awardedSupplier.name(),
              tender.getAwardValueEur(),
              tender.getContractStart(),
              tender.getContractEnd(),
              tender.getOutcomeReason(),
              tender.getConcludedAt());
    }
    return new TenderView(
        tender.getId(),
        RequirementSummary.of(requirement),
        tender.getBuyerOrganisationId(),
        tender.getQuestionsDeadline(),
        tender.getResponsesDeadline(),
        tender.getStatus() == TenderStatus.OPEN && now.isBefore(tender.getQuestionsDeadline()),
        responsesOpen(tender, now),
        tender.getStatus(),
        Criterion.of(requirement),
        outcome,
        tender.getPublishedAt(),
        tender.getVersion());
  }

  private TenderLead lead(Tender tender, Set<UUID> supplierIds) {
    RequirementView requirement = requirements.get(tender.getRequirementId());
    boolean matched =
        !supplierIds.isEmpty()
            && latestRanking(tender.getRequirementId()).values().stream()
                .anyMatch(r -> supplierIds.contains(r.supplier().id()));
    return new TenderLead(
        tender.getId(),
        requirement.id(),
        requirement.title(),
        requirement.buyer().name(),
        requirement.category(),
        tender.getQuestionsDeadline(),
        tender.getResponsesDeadline(),
        tender.getStatus(),
        matched);
  }

  /** The requirement's latest ranking by offering id; empty when it was never matched. */
  private Map<UUID, RankedOffering> latestRanking(UUID requirementId) {
    Optional<MatchRunView> latest = matches.runsOf(requirementId).stream().findFirst();
    if (latest.isEmpty()) {
      return Map.of();
    }
    MatchRunView run = matches.get(latest.get().id());
    if (run.ranking() == null) {
      return Map.of();
    }
    return run.ranking().ranked().stream()
        .collect(Collectors.toMap(RankedOffering::offeringId, Function.identity(), (a, b) -> a));
  }

  private QuestionView questionView(
      TenderQuestion question, boolean asBuyer, Set<UUID> ownSupplierIds) {
    boolean own = ownSupplierIds.contains(question.getSupplierOrganisationId());
    return new QuestionView(
        question.getId(),
        question.getTenderId(),
        question.getQuestion(),
        question.getAskedAt(),
        question.getAnswer(),
        question.getAnsweredAt(),
        asBuyer || own ? question.getSupplierOrganisationId() : null,
        own);
  }

  private List<ResponseView> responseViews(
      Tender tender, List<TenderResponse> rows, boolean asBuyer) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, RankedOffering> ranking = latestRanking(tender.getRequirementId());
    Map<UUID, OrganisationSummary> suppliers =
        organisations.summaries(
            rows.stream()
                .map(TenderResponse::getSupplierOrganisationId)
                .collect(Collectors.toSet()));
    List<ResponseView> views = new ArrayList<>();
    for (TenderResponse row : rows) {
      List<ResponseView.OfferedOffering> offered = new ArrayList<>();
      for (UUID offeringId : row.getOfferingIds()) {
        offerings
            .find(offeringId)
            .filter(o -> o.status() != OfferingStatus.DRAFT || !asBuyer)
            .ifPresent(
                o -> {
                  RankedOffering ranked = ranking.get(o.id());
                  offered.add(
                      new ResponseView.OfferedOffering(
                          o.id(),
                          o.name(),
                          ranked == null ? null : ranked.rank(),
                          ranked == null ? null : ranked.score(),
                          o.sovereignty().score(),
                          o.sovereignty().overallSeal()));
                });
      }
      views.add(
          new ResponseView(
              row.getId(),
              row.getTenderId(),
              suppliers.get(row.getSupplierOrganisationId()),
              row.getStatus(),
              offered,
              row.getPriceEur(),
              row.getPriceUnit(),
              row.getEvidence(),
              row.getSubmittedAt(),
              asBuyer ? row.isShortlisted() : null,
              asBuyer ? row.getBuyerNote() : null,
              row.getUpdatedAt(),
              row.getVersion()));
    }
    return views;
  }

  private static Object auditState(ResponseView view) {
    return Map.of(
        "status",
        view.status(),
        "offeringIds",
        view.offerings().stream().map(ResponseView.OfferedOffering::id).toList(),
        "priceEur",
        String.valueOf(view.priceEur()),
        "evidenceFor",
        List.copyOf(view.evidence().keySet()));
  }

  private EventData.Response responseEvent(TenderResponse response) {
    return new EventData.Response(
        response.getId(),
        response.getTenderId(),
        response.getSupplierOrganisationId(),
        response.getStatus().name(),
        href(response.getTenderId()) + "/responses/" + response.getId());
  }

  private static String href(UUID tenderId) {
    return "/api/v1/tenders/" + tenderId;
  }
}

package eu.aimarket.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.ClaimView;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.RankedOffering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Publishes what happened to webhook subscribers through the outbox. Every method must run inside
 * the transaction that made the change: the event is written with it, so an event exists exactly
 * when its change was committed, and survives any restart until it is delivered.
 */
@ApplicationScoped
public class Events {

  /** How many of a match run's best results the event carries. */
  static final int TOP_RESULTS = 5;

  private final WebhookSubscriptionRepository subscriptions;
  private final WebhookEventRepository events;
  private final WebhookDeliveryRepository deliveries;
  private final ObjectMapper json;
  private final Clock clock;
  private final jakarta.enterprise.event.Event<Published> published;

  Events(
      WebhookSubscriptionRepository subscriptions,
      WebhookEventRepository events,
      WebhookDeliveryRepository deliveries,
      ObjectMapper json,
      Clock clock,
      jakarta.enterprise.event.Event<Published> published) {
    this.published = published;
    this.subscriptions = subscriptions;
    this.events = events;
    this.deliveries = deliveries;
    this.json = json;
    this.clock = clock;
  }

  /** An offering entered the public catalogue. */
  @Transactional(TxType.MANDATORY)
  public void offeringPublished(OfferingView offering) {
    published.fire(new Published(EventType.OFFERING_PUBLISHED, offering));
    publish(EventType.OFFERING_PUBLISHED, null, offeringData(offering));
  }

  /** A published offering changed, or left the public catalogue (its status says which). */
  @Transactional(TxType.MANDATORY)
  public void offeringChanged(OfferingView offering) {
    publish(EventType.OFFERING_CHANGED, null, offeringData(offering));
  }

  /** A requirement was opened to suppliers; the event carries what suppliers may see of it. */
  @Transactional(TxType.MANDATORY)
  public void requirementPublished(RequirementView requirement) {
    published.fire(new Published(EventType.REQUIREMENT_PUBLISHED, requirement));
    publish(
        EventType.REQUIREMENT_PUBLISHED,
        null,
        new EventData.Requirement(
            requirement.id(),
            requirement.buyer().name(),
            requirement.title(),
            requirement.description(),
            requirement.category(),
            requirement.dataSensitivity(),
            requirement.buyerType(),
            requirement.deadline(),
            requirement.mustHaves(),
            requirement.version(),
            "/api/v1/requirements/" + requirement.id()));
  }

  /** A match run finished; only the buyer organisation's subscriptions are told. */
  @Transactional(TxType.MANDATORY)
  public void matchRunCompleted(MatchRunView run, UUID buyerOrganisationId) {
    List<EventData.MatchRun.Result> top =
        run.ranking() == null
            ? List.of()
            : run.ranking().ranked().stream().limit(TOP_RESULTS).map(Events::result).toList();
    publish(
        EventType.MATCH_RUN_COMPLETED,
        buyerOrganisationId,
        new EventData.MatchRun(
            run.id(),
            run.requirementId(),
            run.requirementVersion(),
            run.policyId(),
            run.policyName(),
            run.policyVersion(),
            run.catalogVersion(),
            run.ranking() == null ? 0 : run.ranking().rankedCount(),
            run.ranking() == null ? 0 : run.ranking().excludedCount(),
            top,
            "/api/v1/match-runs/" + run.id()));
  }

  /**
   * An administrator verified a claim of a supplier ({@code offeringId} null) or of one of its
   * offerings. Verification status is public, as every offering page shows it.
   */
  @Transactional(TxType.MANDATORY)
  public void claimVerified(UUID supplierId, UUID offeringId, ClaimView claim) {
    publish(
        EventType.CLAIM_VERIFIED,
        null,
        new EventData.ClaimVerified(
            claim.id(),
            claim.attribute(),
            supplierId,
            offeringId,
            claim.evidenceUrl(),
            claim.verifiedAt(),
            claim.expiresAt(),
            offeringId != null
                ? "/api/v1/offerings/" + offeringId
                : "/api/v1/organisations/" + supplierId));
  }

  /** A tender was published; every subscriber may respond. */
  @Transactional(TxType.MANDATORY)
  public void tenderPublished(EventData.Tender tender) {
    publish(EventType.TENDER_PUBLISHED, null, tender);
  }

  /** A supplier asked a question: only the buyer organisation is told. */
  @Transactional(TxType.MANDATORY)
  public void questionAsked(UUID buyerOrganisationId, EventData.Question question) {
    publish(EventType.QUESTION_ASKED, buyerOrganisationId, question);
  }

  /** The buyer answered a question; the answer is published to every supplier. */
  @Transactional(TxType.MANDATORY)
  public void questionAnswered(EventData.Question question) {
    publish(EventType.QUESTION_ANSWERED, null, question);
  }

  /** A supplier submitted a response: only the buyer organisation is told. */
  @Transactional(TxType.MANDATORY)
  public void responseSubmitted(UUID buyerOrganisationId, EventData.Response response) {
    publish(EventType.RESPONSE_SUBMITTED, buyerOrganisationId, response);
  }

  /** A supplier withdrew its response: only the buyer organisation is told. */
  @Transactional(TxType.MANDATORY)
  public void responseWithdrawn(UUID buyerOrganisationId, EventData.Response response) {
    publish(EventType.RESPONSE_WITHDRAWN, buyerOrganisationId, response);
  }

  /** A tender was concluded: awarded, or closed as cancelled or with no suitable response. */
  @Transactional(TxType.MANDATORY)
  public void tenderConcluded(EventData.TenderOutcome outcome) {
    publish(
        "AWARDED".equals(outcome.outcome()) ? EventType.TENDER_AWARDED : EventType.TENDER_CLOSED,
        null,
        outcome);
  }

  /** A responding supplier learns its response's fate: only that supplier is told. */
  @Transactional(TxType.MANDATORY)
  public void responseDecided(EventData.Response response) {
    publish(EventType.RESPONSE_DECIDED, response.supplierOrganisationId(), response);
  }

  /** Something new matches a saved search: only the searching organisation is told. */
  @Transactional(TxType.MANDATORY)
  public void savedSearchMatched(UUID organisationId, EventData.SavedSearchMatch match) {
    publish(EventType.SAVED_SEARCH_MATCHED, organisationId, match);
  }

  /**
   * Writes the event and one pending delivery per subscription that receives it. Nothing is written
   * when no one subscribes. {@code audienceOrganisationId} limits a private event to one
   * organisation's subscriptions; {@code null} makes it public.
   */
  private void publish(EventType type, UUID audienceOrganisationId, Object data) {
    List<UUID> receivers = subscriptions.findSubscriberIds(type, audienceOrganisationId);
    if (receivers.isEmpty()) {
      return;
    }
    long sequence = events.nextSequence();
    UUID eventId = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String body = write(new EventData.Envelope(eventId, type.wireName(), now, data));
    events.persist(new WebhookEvent(eventId, sequence, type, audienceOrganisationId, body, now));
    for (UUID subscription : receivers) {
      deliveries.persist(
          new WebhookDelivery(
              TimeOrderedIds.at(now.toInstant()), subscription, eventId, sequence, now));
    }
  }

  private static EventData.Offering offeringData(OfferingView offering) {
    return new EventData.Offering(
        offering.id(),
        offering.name(),
        offering.supplier().id(),
        offering.supplier().name(),
        offering.category(),
        offering.status(),
        offering.version(),
        offering.sovereignty().score(),
        offering.sovereignty().overallSeal(),
        "/api/v1/offerings/" + offering.id());
  }

  private static EventData.MatchRun.Result result(RankedOffering ranked) {
    return new EventData.MatchRun.Result(
        ranked.rank(),
        ranked.offeringId(),
        ranked.offeringName(),
        ranked.supplier().name(),
        ranked.score());
  }

  private String write(Object envelope) {
    try {
      return json.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a webhook event", e);
    }
  }
}

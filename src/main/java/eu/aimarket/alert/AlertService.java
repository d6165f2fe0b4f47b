package eu.aimarket.alert;

import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.DomainException;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AuditLog;
import eu.aimarket.integration.EventData;
import eu.aimarket.integration.EventType;
import eu.aimarket.integration.Events;
import eu.aimarket.integration.Published;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Saved searches and their alerts. What newly matches a search is recorded in the transaction that
 * published it (with a {@code saved-search.matched} webhook event), so no match is lost; e-mails go
 * out after the commit for immediate alerts and from a scheduled digest for daily and weekly ones.
 * An alert is marked sent in the transaction that sends it, so a failed send is retried.
 */
@ApplicationScoped
public class AlertService {

  private static final Logger LOG = Logger.getLogger(AlertService.class);
  static final String AUDIT_TYPE = "saved-search";

  private final SavedSearchRepository searches;
  private final SavedSearchAlertRepository alerts;
  private final Events events;
  private final AuditLog audit;
  private final Mailer mailer;
  private final Clock clock;
  private final AlertConfig config;

  AlertService(
      SavedSearchRepository searches,
      SavedSearchAlertRepository alerts,
      Events events,
      AuditLog audit,
      Mailer mailer,
      Clock clock,
      AlertConfig config) {
    this.config = config;
    this.searches = searches;
    this.alerts = alerts;
    this.events = events;
    this.audit = audit;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Transactional
  public SavedSearchView save(UUID organisationId, SavedSearchData data, String createdBy) {
    SavedSearch search =
        new SavedSearch(
            UUID.randomUUID(),
            organisationId,
            data.kind(),
            data.name().strip(),
            data.criteria(),
            data.frequency(),
            data.email().strip(),
            createdBy,
            now());
    searches.persist(search);
    SavedSearchView view = SavedSearchView.of(search);
    audit.record("saved", AUDIT_TYPE, search.getId(), null, view);
    return view;
  }

  @Transactional(TxType.SUPPORTS)
  public List<SavedSearchView> ofOrganisations(Collection<UUID> organisationIds) {
    return searches.findOfOrganisations(organisationIds).stream().map(SavedSearchView::of).toList();
  }

  @Transactional(TxType.SUPPORTS)
  public SavedSearchView get(UUID id) {
    return searches
        .findByIdOptional(id)
        .map(SavedSearchView::of)
        .orElseThrow(() -> DomainException.notFound("Saved search", id));
  }

  @Transactional
  public void delete(UUID id) {
    SavedSearchView removed = get(id);
    searches.deleteById(id);
    audit.record("deleted", AUDIT_TYPE, id, removed, null);
  }

  /**
   * Records what a newly published offering or requirement means for saved searches, in the
   * transaction that published it.
   */
  void onPublished(@Observes Published published) {
    if (published.type() == EventType.OFFERING_PUBLISHED
        && published.subject() instanceof OfferingView offering) {
      for (SavedSearch search : searches.findByKind(SearchKind.CATALOGUE)) {
        if (search.getCriteria().matches(offering)) {
          record(search, offering.id(), offering.name(), "/offerings/" + offering.id());
        }
      }
    } else if (published.type() == EventType.REQUIREMENT_PUBLISHED
        && published.subject() instanceof RequirementView requirement) {
      for (SavedSearch search : searches.findByKind(SearchKind.REQUIREMENTS)) {
        if (search.getCriteria().matches(requirement)
            && !search.getOrganisationId().equals(requirement.buyer().id())) {
          record(
              search,
              requirement.id(),
              requirement.title(),
              "/api/v1/requirements/" + requirement.id());
        }
      }
    }
  }

  private void record(SavedSearch search, UUID itemId, String title, String href) {
    if (alerts.exists(search.getId(), itemId)) {
      return;
    }
    String shortTitle = title.length() > 500 ? title.substring(0, 500) : title;
    alerts.persist(
        new SavedSearchAlert(UUID.randomUUID(), search.getId(), itemId, shortTitle, href, now()));
    events.savedSearchMatched(
        search.getOrganisationId(),
        new EventData.SavedSearchMatch(search.getId(), search.getName(), itemId, shortTitle, href));
  }

  /**
   * Sends what is due: every unsent alert of an immediate search, and a digest of a daily or weekly
   * search whose period since its last e-mail (or its creation) has passed. Returns how many
   * e-mails were sent.
   */
  @Transactional
  public int sendDue() {
    return sendDueInTransaction();
  }

  private int sendDueInTransaction() {
    OffsetDateTime now = now();
    int sent = 0;
    for (SavedSearch search : searches.lockWithUnsentAlerts()) {
      OffsetDateTime since =
          search.getLastSentAt() != null ? search.getLastSentAt() : search.getCreatedAt();
      if (search.getFrequency() != AlertFrequency.IMMEDIATE
          && since.plus(search.getFrequency().period()).isAfter(now)) {
        continue;
      }
      List<SavedSearchAlert> unsent = alerts.findUnsent(search.getId());
      mailer.send(mail(search, unsent));
      unsent.forEach(alert -> alert.sent(now));
      search.sent(now);
      sent++;
    }
    return sent;
  }

  /** Immediate alerts leave as soon as the change that caused them is committed. */
  void afterCommit(
      @Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          Published published) {
    if (published.type() != EventType.OFFERING_PUBLISHED
        && published.type() != EventType.REQUIREMENT_PUBLISHED) {
      return;
    }
    try {
      // The publishing transaction is over; sending marks alerts sent in a transaction of its own.
      QuarkusTransaction.requiringNew().call(this::sendDueInTransaction);
    } catch (RuntimeException e) {
      // The alerts stay unsent and the next scheduled run sends them.
      LOG.warnf("Could not send saved-search alerts now: %s", e.getMessage());
    }
  }

  @Scheduled(
      identity = "saved-search-digests",
      every = "${aimarket.alerts.send-every:15m}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void scheduledSend() {
    LOG.debugf("Sending due saved-search alerts (every %s)", config.sendEvery());
    sendDue();
  }

  private static Mail mail(SavedSearch search, List<SavedSearchAlert> unsent) {
    String subject =
        unsent.size() == 1
            ? "New match for your saved search \""
                + search.getName()
                + "\": "
                + unsent.get(0).getTitle()
            : unsent.size() + " new matches for your saved search \"" + search.getName() + "\"";
    String body =
        "New since your last alert for \""
            + search.getName()
            + "\":\n\n"
            + unsent.stream()
                .map(a -> "- " + a.getTitle() + " (" + a.getHref() + ")")
                .collect(Collectors.joining("\n"))
            + "\n";
    return Mail.withText(search.getEmail(), subject, body);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}

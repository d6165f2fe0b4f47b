package eu.aimarket.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The versioned history of the catalogue. Each change takes the next catalogue version and records
 * the changed offerings as they now read; the catalogue at any version is the latest revision of
 * each offering at or below it. That is what makes a ranking replayable after offerings change.
 */
@ApplicationScoped
public class CatalogRevisions {

  /** Revision rows read per round trip when streaming the catalogue. */
  private static final int ROWS_PER_FETCH = 500;

  private final OfferingRepository offerings;
  private final OfferingViews views;
  private final ObjectMapper json;
  private final CatalogVersionWatch watch;

  CatalogRevisions(
      OfferingRepository offerings,
      OfferingViews views,
      ObjectMapper json,
      CatalogVersionWatch watch) {
    this.offerings = offerings;
    this.views = views;
    this.json = json;
    this.watch = watch;
  }

  /**
   * Records the given offerings as they read now, under a new catalogue version. Must run in the
   * transaction that made the change, so the history and the catalogue cannot disagree; the row
   * lock on the version serialises concurrent writers.
   */
  @Transactional(TxType.MANDATORY)
  public long record(Collection<UUID> offeringIds) {
    if (offeringIds.isEmpty()) {
      return currentVersion();
    }
    EntityManager em = Panache.getEntityManager();
    em.flush();
    long version =
        ((Number)
                    em.createNativeQuery(
                            "select version from catalog_version where id = 1 for update")
                        .getSingleResult())
                .longValue()
            + 1;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.createNativeQuery("update catalog_version set version = ?1, updated_at = ?2 where id = 1")
        .setParameter(1, version)
        .setParameter(2, now)
        .executeUpdate();
    List<Offering> changed = offerings.list("id in ?1", offeringIds);
    for (OfferingView view : views.of(changed)) {
      em.createNativeQuery(
              "insert into offering_revision (offering_id, catalog_version, status, data, recorded_at)"
                  + " values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, view.id())
          .setParameter(2, version)
          .setParameter(3, view.status().name())
          .setParameter(4, write(view))
          .setParameter(5, now)
          .executeUpdate();
    }
    watch.announce(version);
    return version;
  }

  /**
   * Records, under one new catalogue version, every offering that has no revision yet, and returns
   * how many. Offerings stored before the catalogue kept its history (a database of the first
   * release, upgraded in place) have none, and an offering without a revision is missing from every
   * snapshot, so from every ranking and replay. The version's row lock is taken before looking, so
   * replicas starting together record them once.
   */
  @Transactional
  public int recordOfferingsWithoutHistory() {
    EntityManager em = Panache.getEntityManager();
    em.createNativeQuery("select version from catalog_version where id = 1 for update")
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select o.id from offering o where not exists"
                    + " (select 1 from offering_revision r where r.offering_id = o.id)"
                    + " order by o.id")
            .getResultList();
    List<UUID> missing =
        rows.stream()
            .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
            .toList();
    if (!missing.isEmpty()) {
      record(missing);
    }
    return missing.size();
  }

  /**
   * The latest catalogue version, including changes other replicas committed up to a moment ago:
   * the version the watch has confirmed, or (while it cannot) the one the database holds now.
   */
  @Transactional(TxType.SUPPORTS)
  public long latestVersion() {
    return watch.latestKnown().orElseGet(this::currentVersion);
  }

  /** The catalogue version the database holds now. */
  @Transactional(TxType.SUPPORTS)
  public long currentVersion() {
    return ((Number)
            Panache.getEntityManager()
                .createNativeQuery("select version from catalog_version where id = 1")
                .getSingleResult())
        .longValue();
  }

  /** The published offerings as they read at a catalogue version, in id order. */
  @Transactional(TxType.SUPPORTS)
  public List<OfferingView> publishedAt(long version) {
    List<OfferingView> published = new ArrayList<>();
    forEachPublishedAt(version, published::add);
    return published;
  }

  /**
   * Hands each published offering as it read at a catalogue version to {@code consumer}, in id
   * order, reading the rows in batches: a catalogue of 100,000 offerings is about a gigabyte of
   * JSON, which neither the driver nor the caller should hold at once. Runs in a transaction of its
   * own when there is none, because PostgreSQL's driver reads in batches only inside one.
   */
  @Transactional(TxType.REQUIRED)
  public void forEachPublishedAt(long version, Consumer<OfferingView> consumer) {
    try (Stream<?> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select r.data from offering_revision r"
                    + " where r.catalog_version = (select max(x.catalog_version) from offering_revision x"
                    + " where x.offering_id = r.offering_id and x.catalog_version <= ?1)"
                    + " and r.status = 'PUBLISHED' order by r.offering_id")
            .setParameter(1, version)
            .setHint(HibernateHints.HINT_FETCH_SIZE, ROWS_PER_FETCH)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultStream()) {
      rows.forEach(row -> consumer.accept(read((String) row)));
    }
  }

  private String write(OfferingView view) {
    try {
      return json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot record offering " + view.id(), e);
    }
  }

  private OfferingView read(String data) {
    try {
      return json.readValue(data, OfferingView.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read an offering revision", e);
    }
  }
}

package eu.aimarket.integration.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

@ApplicationScoped
public class IdempotencyRecordRepository
    implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

  /**
   * Reserves a key for a request that is starting, unless the caller already holds it. Returns
   * whether this request got it. Two concurrent requests with one key cannot both get it: the
   * primary key decides.
   */
  public boolean reserve(
      String caller, String key, String fingerprint, OffsetDateTime now, OffsetDateTime expires) {
    return getEntityManager()
            .createNativeQuery(
                "insert into idempotency_record"
                    + " (caller, idempotency_key, fingerprint, state, created_at, expires_at)"
                    + " values (?1, ?2, ?3, 'IN_PROGRESS', ?4, ?5) on conflict do nothing")
            .setParameter(1, caller)
            .setParameter(2, key)
            .setParameter(3, fingerprint)
            .setParameter(4, now)
            .setParameter(5, expires)
            .executeUpdate()
        == 1;
  }

  /**
   * Takes over a key whose record has expired, or whose request was abandoned (still in progress
   * after {@code abandonedBefore}). Returns whether this request got it.
   */
  public boolean takeOver(
      String caller,
      String key,
      String fingerprint,
      OffsetDateTime now,
      OffsetDateTime expires,
      OffsetDateTime abandonedBefore) {
    return getEntityManager()
            .createNativeQuery(
                "update idempotency_record set fingerprint = ?3, state = 'IN_PROGRESS',"
                    + " status = null, content_type = null, location = null, etag = null,"
                    + " body = null, created_at = ?4, expires_at = ?5"
                    + " where caller = ?1 and idempotency_key = ?2 and (expires_at <= ?4"
                    + " or (state = 'IN_PROGRESS' and created_at < ?6))")
            .setParameter(1, caller)
            .setParameter(2, key)
            .setParameter(3, fingerprint)
            .setParameter(4, now)
            .setParameter(5, expires)
            .setParameter(6, abandonedBefore)
            .executeUpdate()
        == 1;
  }

  public long deleteExpired(OffsetDateTime now) {
    return delete("expiresAt <= ?1", now);
  }
}

package eu.aimarket.integration.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Keeps the first result of each create per caller and {@code Idempotency-Key} for 24 hours. Each
 * step commits on its own, so a concurrent retry sees the reservation at once.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** How long a key and its result are kept. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** A request that has not finished in this time is taken to have died with its replica. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  private final IdempotencyRecordRepository records;
  private final Clock clock;

  IdempotencyStore(IdempotencyRecordRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** What to do with a request that carries a key. */
  public sealed interface Decision {}

  /** Go ahead: the key is reserved for this request. */
  public record Proceed() implements Decision {}

  /** Answer with the stored result of the first request. */
  public record Replay(IdempotencyRecord first) implements Decision {}

  /** The key was used with a different request. */
  public record Mismatch() implements Decision {}

  /** The first request with this key is still being processed. */
  public record InProgress() implements Decision {}

  @Transactional(TxType.REQUIRES_NEW)
  public Decision begin(String caller, String key, String fingerprint) {
    OffsetDateTime now = now();
    OffsetDateTime expires = now.plus(RETENTION);
    if (records.reserve(caller, key, fingerprint, now, expires)
        || records.takeOver(caller, key, fingerprint, now, expires, now.minus(ABANDONED_AFTER))) {
      return new Proceed();
    }
    Optional<IdempotencyRecord> existing =
        records.findByIdOptional(new IdempotencyRecord.Key(caller, key));
    if (existing.isEmpty()) {
      // Removed between the two statements (expired and cleaned up): try once more.
      return records.reserve(caller, key, fingerprint, now, expires)
          ? new Proceed()
          : new InProgress();
    }
    IdempotencyRecord first = existing.get();
    if (!first.getFingerprint().equals(fingerprint)) {
      return new Mismatch();
    }
    return first.getState() == IdempotencyRecord.State.COMPLETED
        ? new Replay(first)
        : new InProgress();
  }

  /** Keeps the result of a request that succeeded. */
  @Transactional(TxType.REQUIRES_NEW)
  public void complete(
      String caller,
      String key,
      int status,
      String contentType,
      String location,
      String etag,
      String body) {
    records
        .findByIdOptional(new IdempotencyRecord.Key(caller, key))
        .ifPresent(record -> record.complete(status, contentType, location, etag, body));
  }

  /** Frees the key of a request that failed, so that the client may try again. */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String caller, String key) {
    records.deleteById(new IdempotencyRecord.Key(caller, key));
  }

  @Transactional
  public long forgetExpired() {
    return records.deleteExpired(now());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}

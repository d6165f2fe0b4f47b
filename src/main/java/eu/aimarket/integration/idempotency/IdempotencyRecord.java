package eu.aimarket.integration.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The first result of a create sent with an {@code Idempotency-Key}, kept per caller and key so
 * that a retry gets the same answer instead of a second resource.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  /** The record's identity: who called, with which key. */
  public static class Key implements Serializable {
    private String caller;
    private String idempotencyKey;

    protected Key() {}

    public Key(String caller, String idempotencyKey) {
      this.caller = caller;
      this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && caller.equals(key.caller)
          && idempotencyKey.equals(key.idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, idempotencyKey);
    }
  }

  /** A request still being processed has no result yet. */
  public enum State {
    IN_PROGRESS,
    COMPLETED
  }

  @Id
  @Column(name = "caller")
  private String caller;

  @Id
  @Column(name = "idempotency_key")
  private String idempotencyKey;

  /** A hash of the method, path, query and body: the same key must come with the same request. */
  @Column(name = "fingerprint", nullable = false)
  private String fingerprint;

  @Column(name = "state", nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private State state;

  @Column(name = "status")
  private Integer status;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "location")
  private String location;

  @Column(name = "etag")
  private String etag;

  @Column(name = "body")
  private String body;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected IdempotencyRecord() {}

  void complete(int status, String contentType, String location, String etag, String body) {
    this.state = State.COMPLETED;
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.etag = etag;
    this.body = body;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public State getState() {
    return state;
  }

  public Integer getStatus() {
    return status;
  }

  public String getContentType() {
    return contentType;
  }

  public String getLocation() {
    return location;
  }

  public String getEtag() {
    return etag;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}

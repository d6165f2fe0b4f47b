package eu.aimarket.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.aimarket.common.Cursor;
import eu.aimarket.common.Page;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The audit log of security-relevant changes: who changed which offering, claim, organisation,
 * membership or policy, when, and from what to what. Every module records its writes here, in the
 * same transaction as the change, so a change that rolls back leaves no event and no change goes
 * unrecorded.
 */
@ApplicationScoped
public class AuditLog {

  /** Who made a change: the token subject and a readable name. */
  public record Actor(String subject, String name) {
    /** Changes made by the application itself, e.g. loading the demo catalogue at start-up. */
    public static final Actor SYSTEM = new Actor("system", "system");
  }

  private final AuditEventRepository events;
  private final CurrentUser currentUser;
  private final ObjectMapper json;
  private final Clock clock;
  private final TimeOrderedIds ids;

  AuditLog(AuditEventRepository events, CurrentUser currentUser, ObjectMapper json, Clock clock) {
    this.events = events;
    this.currentUser = currentUser;
    this.json = json;
    this.clock = clock;
    this.ids = new TimeOrderedIds(clock);
  }

  /**
   * Records a change by {@code actor}. {@code before} and {@code after} are stored as JSON ({@code
   * null} for a creation or a removal); pass records or {@link #snapshot} results.
   */
  @Transactional(TxType.MANDATORY)
  public void record(
      Actor actor, String action, String objectType, Object objectId, Object before, Object after) {
    Objects.requireNonNull(actor, "actor");
    requireShort("action", action, 40);
    requireShort("objectType", objectType, 40);
    String id = Objects.requireNonNull(objectId, "objectId").toString();
    requireShort("objectId", id, 64);
    events.persist(
        new AuditEvent(
            ids.next(),
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
            actor.subject(),
            actor.name(),
            action,
            objectType,
            id,
            write(before),
            write(after)));
  }

  /** Records a change by whoever makes the current request (the system outside requests). */
  @Transactional(TxType.MANDATORY)
  public void record(
      String action, String objectType, Object objectId, Object before, Object after) {
    record(currentActor(), action, objectType, objectId, before, after);
  }

  /** The caller of the current request, or {@link Actor#SYSTEM} outside a request. */
  public Actor currentActor() {
    if (!Arc.container().requestContext().isActive() || currentUser.isAnonymous()) {
      return Actor.SYSTEM;
    }
    return new Actor(currentUser.primarySubject(), currentUser.name());
  }

  /**
   * A value as JSON without the named top-level fields: derived data (an assessment, timestamps)
   * would only hide the change that matters.
   */
  public JsonNode snapshot(Object value, String... omit) {
    if (value == null) {
      return null;
    }
    JsonNode node = json.valueToTree(value);
    if (node instanceof ObjectNode object) {
      object.remove(List.of(omit));
    }
    return node;
  }

  @Transactional(TxType.SUPPORTS)
  public Page<AuditEventView> page(AuditFilter filter, UUID beforeId, int limit) {
    List<AuditEvent> rows = events.findPageBefore(filter, beforeId, limit + 1);
    return Cursor.page(rows, limit, AuditEvent::getId).map(this::view);
  }

  private AuditEventView view(AuditEvent event) {
    JsonNode before = read(event.getBeforeState());
    JsonNode after = read(event.getAfterState());
    return new AuditEventView(
        event.getId(),
        event.getOccurredAt(),
        new Actor(event.getActorSubject(), event.getActorName()),
        event.getAction(),
        event.getObjectType(),
        event.getObjectId(),
        before,
        after,
        changedFields(before, after));
  }

  static List<String> changedFields(JsonNode before, JsonNode after) {
    Set<String> names = new LinkedHashSet<>();
    addFieldNames(names, before);
    addFieldNames(names, after);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      JsonNode was = before == null ? null : before.get(name);
      JsonNode is = after == null ? null : after.get(name);
      if (!Objects.equals(was, is)) {
        changed.add(name);
      }
    }
    return changed;
  }

  private static void addFieldNames(Set<String> names, JsonNode node) {
    if (node != null && node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot record " + value.getClass() + " as JSON", e);
    }
  }

  private JsonNode read(String value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit event holds invalid JSON", e);
    }
  }

  private static void requireShort(String name, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
    }
  }
}

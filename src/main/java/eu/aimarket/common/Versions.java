package eu.aimarket.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.EntityTag;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * Entity tags carry the version used for optimistic locking, so {@code If-Match} and a body's
 * {@code version} mean the same thing.
 */
public final class Versions {

  private Versions() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The entity tag of a resource at a version, for the {@code ETag} header of an answer. */
  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The entity tag of a resource that never changes once created (a match run, a webhook
   * subscription): its id, so that caches and clients can still tell representations apart.
   */
  public static EntityTag immutable(UUID id) {
    return new EntityTag(id.toString());
  }

  /**
   * Refuses a change (412) unless the {@code If-Match} header is absent, {@code *}, or names the
   * resource's current entity tag: for resources whose tag is not a version number.
   */
  public static void requireMatch(String ifMatch, String currentTag) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    for (String part : ifMatch.split(",")) {
      String tag = part.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (tag.equals("*") || tag.equals(currentTag)) {
        return;
      }
    }
    throw new DomainException(
        ProblemType.PRECONDITION_FAILED,
        "If-Match "
            + ifMatch
            + " does not name the current state of the resource; reload it and apply your change"
            + " again");
  }

  /** The version an {@code If-Match} header names, or {@code null} when there is none. */
  public static Long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new DomainException(
          ProblemType.PRECONDITION_FAILED,
          "If-Match " + ifMatch + " is not an entity tag of this resource");
    }
  }

  /**
   * Makes a change whose base version was checked against {@code If-Match}. Two requests with the
   * same tag can both pass that check before either writes; the one that loses at the database's
   * version check has a precondition that no longer held, so it gets the same 412 as a stale tag,
   * not the 409 of a stale body version. Without {@code If-Match} the change runs unchanged.
   */
  public static <T> T underIfMatch(String ifMatch, Supplier<T> change) {
    if (fromIfMatch(ifMatch) == null) {
      return change.get();
    }
    try {
      return change.get();
    } catch (DomainException e) {
      if (e.isStaleVersion()) {
        throw changedMeanwhile(ifMatch);
      }
      throw e;
    } catch (OptimisticLockException | StaleStateException e) {
      throw changedMeanwhile(ifMatch);
    }
  }

  private static DomainException changedMeanwhile(String ifMatch) {
    return new DomainException(
        ProblemType.PRECONDITION_FAILED,
        "If-Match "
            + ifMatch
            + " no longer names the current state: someone changed the resource at the same time;"
            + " reload it and apply your change again");
  }

  /**
   * The version a change is based on: {@code If-Match} wins (a stale one is 412), else the body's
   * version; neither is 428.
   */
  public static long expected(String ifMatch, Long bodyVersion, long currentVersion) {
    Long fromHeader = fromIfMatch(ifMatch);
    if (fromHeader != null) {
      if (fromHeader != currentVersion) {
        throw new DomainException(
            ProblemType.PRECONDITION_FAILED,
            "If-Match names version "
                + fromHeader
                + ", but the resource is at version "
                + currentVersion
                + "; reload it and apply your change again");
      }
      return fromHeader;
    }
    if (bodyVersion == null) {
      throw new DomainException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the resource's ETag, or the version you read, so that a concurrent change is not overwritten");
    }
    return bodyVersion;
  }
}

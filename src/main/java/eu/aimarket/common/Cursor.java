package eu.aimarket.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque cursors for keyset paging by id. Opaque so that clients follow them rather than build
 * them, which leaves us free to change what they hold.
 */
public final class Cursor {

  private static final String PREFIX = "after:";

  private Cursor() {}

  public static String after(UUID id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The id a cursor points after, or {@code null} for the first page; 400 for a bad cursor. */
  public static UUID decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not a cursor");
      }
      return UUID.fromString(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("cursor", "is not a cursor this API issued");
    }
  }

  /** Cuts a list fetched with one extra row into a page and the cursor of the next one. */
  public static <T> Page<T> page(
      java.util.List<T> rowsPlusOne, int limit, java.util.function.Function<T, UUID> id) {
    if (rowsPlusOne.size() <= limit) {
      return new Page<>(rowsPlusOne, null);
    }
    java.util.List<T> items = rowsPlusOne.subList(0, limit);
    return new Page<>(java.util.List.copyOf(items), after(id.apply(items.get(limit - 1))));
  }

  /**
   * One page of a list already read whole (short lists, such as a tender's questions), in id order
   * like the lists paged in the database. Ids compare as text, which is PostgreSQL's order for
   * uuids (unsigned bytes) and not {@link UUID#compareTo} (signed longs).
   */
  public static <T> Page<T> pageOf(
      java.util.List<T> all, String cursor, int limit, java.util.function.Function<T, UUID> id) {
    UUID after = decode(cursor);
    java.util.List<T> rowsPlusOne =
        all.stream()
            .filter(
                row -> after == null || id.apply(row).toString().compareTo(after.toString()) > 0)
            .sorted(java.util.Comparator.comparing(row -> id.apply(row).toString()))
            .limit(limit + 1L)
            .toList();
    return page(rowsPlusOne, limit, id);
  }
}

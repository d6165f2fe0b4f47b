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
}

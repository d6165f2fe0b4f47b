package eu.aimarket.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sets of ISO codes (countries, languages) as bit sets over a fixed index, so that the engine's hot
 * loop tests containment and overlap with a few long operations instead of hashing strings.
 */
final class CodeSet {

  static final CodeSet.Index COUNTRIES = new Index(Locale.getISOCountries());
  static final CodeSet.Index LANGUAGES = new Index(Locale.getISOLanguages());

  private CodeSet() {}

  /** Positions of the codes of one kind; unknown codes get no bit (they cannot be asked for). */
  static final class Index {
    private final Map<String, Integer> positions = new HashMap<>();
    private final int words;

    Index(String[] codes) {
      String[] sorted = codes.clone();
      Arrays.sort(sorted);
      for (int i = 0; i < sorted.length; i++) {
        positions.put(sorted[i], i);
      }
      words = (sorted.length + 63) / 64;
    }

    long[] of(Collection<String> codes) {
      long[] bits = new long[words];
      for (String code : codes) {
        Integer position = positions.get(code);
        if (position != null) {
          bits[position >>> 6] |= 1L << (position & 63);
        }
      }
      return bits;
    }
  }

  /** Does {@code have} contain every bit of {@code need}? */
  static boolean containsAll(long[] have, long[] need) {
    for (int i = 0; i < need.length; i++) {
      if ((have[i] & need[i]) != need[i]) {
        return false;
      }
    }
    return true;
  }

  /** How many bits the two sets share. */
  static int common(long[] a, long[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      count += Long.bitCount(a[i] & b[i]);
    }
    return count;
  }

  static int size(long[] bits) {
    int count = 0;
    for (long word : bits) {
      count += Long.bitCount(word);
    }
    return count;
  }

  static boolean isEmpty(long[] bits) {
    for (long word : bits) {
      if (word != 0) {
        return false;
      }
    }
    return true;
  }
}

package eu.aimarket.matching;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one request-dependent rule gave, remembered across rankings of the same snapshot and policy
 * version. A rule's result depends only on the offering values it reads (its group, see {@link
 * RequestRuleInputs}) and on the request values it reads, and requests repeat those values a lot (a
 * data sensitivity has four values, a buyer's country a few dozen): so most rankings find the
 * results of earlier ones and evaluate no condition at all. Bounded per rule by the number of
 * result slots it may hold, least recently used request values first out.
 */
final class RememberedOutcomes {

  /** About 4 MB of outcomes per rule, whatever the snapshot size. */
  private static final int SLOTS_PER_RULE = 4 << 20;

  private static final int MAX_REQUEST_VALUES = 256;

  private final int slots;
  private final Map<List<Object>, Results> byRequest;

  RememberedOutcomes(int slots) {
    this.slots = slots;
    int capacity = Math.max(1, Math.min(MAX_REQUEST_VALUES, SLOTS_PER_RULE / Math.max(1, slots)));
    this.byRequest =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<List<Object>, Results> eldest) {
                return size() > capacity;
              }
            });
  }

  /** The results remembered for one set of request values, created empty on first use. */
  Results forRequest(List<Object> requestKey) {
    return byRequest.computeIfAbsent(requestKey, key -> new Results(slots));
  }

  /**
   * The outcomes of one rule for one set of request values, filled in by whichever ranking
   * evaluates a slot first. Rankings copy what they read into their own arrays, so the lock is
   * taken once per slot and ranking, and an outcome and its error are always seen together.
   */
  static final class Results {

    private final byte[] outcomes;
    private final Map<Integer, String> errors = new HashMap<>();

    private Results(int slots) {
      this.outcomes = new byte[slots];
    }

    synchronized byte outcome(int slot) {
      return outcomes[slot];
    }

    synchronized String error(int slot) {
      return errors.get(slot);
    }

    synchronized void remember(int slot, byte outcome, String error) {
      outcomes[slot] = outcome;
      if (error != null) {
        errors.put(slot, error);
      }
    }
  }
}

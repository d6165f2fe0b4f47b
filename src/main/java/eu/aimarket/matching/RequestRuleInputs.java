package eu.aimarket.matching;

import eu.aimarket.policy.CompiledRule;
import eu.aimarket.policy.RuleInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The offering and supplier values that one request-dependent rule reads, grouped over a snapshot.
 * A condition is a pure function of the values it reads, so candidates that agree on those values
 * (the same data countries, the same languages, the same list price...) get the same result for a
 * given request: a ranking evaluates the rule once per group it meets, on a representative input
 * that holds just those values, instead of once per candidate. A rule that reads a whole {@code
 * offering} or {@code supplier} cannot be grouped and is evaluated per candidate.
 */
final class RequestRuleInputs {

  private static final String OFFERING_PREFIX = "offering.";
  private static final String SUPPLIER_PREFIX = "supplier.";
  private static final String BUYER_PREFIX = "buyer.";
  private static final String REQUIREMENT_PREFIX = "requirement.";

  /** A key such as {@code seals.SOV-3}: one entry of a map-valued field. */
  private static final char ENTRY_SEPARATOR = '.';

  private final List<String> offeringKeys;
  private final List<String> supplierKeys;
  private final List<String> buyerKeys;
  private final List<String> requirementKeys;
  private final boolean readsWholeBuyer;
  private final boolean readsWholeRequirement;
  private final boolean groups;
  private final int[] groupOf;
  private Map<List<Object>, Integer> groupIds = new HashMap<>();
  private List<Map<String, Object>> offeringValues = new ArrayList<>();
  private List<Map<String, Object>> supplierValues = new ArrayList<>();
  private Map<String, Object>[] offeringByGroup;
  private Map<String, Object>[] supplierByGroup;

  private RequestRuleInputs(Set<String> fieldsRead, int size) {
    TreeSet<String> offering = new TreeSet<>();
    TreeSet<String> supplier = new TreeSet<>();
    TreeSet<String> buyer = new TreeSet<>();
    TreeSet<String> requirement = new TreeSet<>();
    boolean whole = false;
    for (String field : fieldsRead) {
      if (field.startsWith(OFFERING_PREFIX)) {
        offering.add(field.substring(OFFERING_PREFIX.length()));
      } else if (field.startsWith(SUPPLIER_PREFIX)) {
        supplier.add(field.substring(SUPPLIER_PREFIX.length()));
      } else if (field.startsWith(BUYER_PREFIX)) {
        buyer.add(field.substring(BUYER_PREFIX.length()));
      } else if (field.startsWith(REQUIREMENT_PREFIX)) {
        requirement.add(field.substring(REQUIREMENT_PREFIX.length()));
      } else if (field.equals("offering") || field.equals("supplier")) {
        whole = true;
      }
    }
    this.offeringKeys = List.copyOf(offering);
    this.supplierKeys = List.copyOf(supplier);
    this.buyerKeys = List.copyOf(buyer);
    this.requirementKeys = List.copyOf(requirement);
    this.readsWholeBuyer = fieldsRead.contains("buyer");
    this.readsWholeRequirement = fieldsRead.contains("requirement");
    this.groups = !whole;
    this.groupOf = groups ? new int[size] : null;
  }

  /**
   * The request values the rule reads. Two requests that agree on them get the same result from the
   * rule for every candidate, so results can be remembered across rankings under this key.
   */
  List<Object> requestKey(Map<String, Object> buyer, Map<String, Object> request) {
    List<Object> key = new ArrayList<>(buyerKeys.size() + requirementKeys.size() + 2);
    key.add(readsWholeBuyer ? buyer : null);
    key.add(readsWholeRequirement ? request : null);
    for (String field : buyerKeys) {
      key.add(buyer.get(field));
    }
    for (String field : requirementKeys) {
      key.add(request.get(field));
    }
    return key;
  }

  /**
   * One instance per request rule, in order; rules that read the same keys share one instance, so
   * the grouping is done once for them.
   */
  static RequestRuleInputs[] forRules(List<CompiledRule> rules, int size) {
    RequestRuleInputs[] inputs = new RequestRuleInputs[rules.size()];
    Map<Set<String>, RequestRuleInputs> byFields = new HashMap<>();
    for (int r = 0; r < rules.size(); r++) {
      inputs[r] =
          byFields.computeIfAbsent(
              rules.get(r).fieldsRead(), fields -> new RequestRuleInputs(fields, size));
    }
    return inputs;
  }

  static List<RequestRuleInputs> distinct(RequestRuleInputs[] inputs) {
    Map<RequestRuleInputs, Boolean> seen = new IdentityHashMap<>();
    List<RequestRuleInputs> distinct = new ArrayList<>();
    for (RequestRuleInputs input : inputs) {
      if (seen.put(input, Boolean.TRUE) == null) {
        distinct.add(input);
      }
    }
    return distinct;
  }

  /** Whether the rule's candidates are grouped; if not, each candidate is its own group. */
  boolean groups() {
    return groups;
  }

  /** Puts a candidate in the group of the values its full input holds for the rule's keys. */
  void add(int index, RuleInput input) {
    if (!groups) {
      return;
    }
    Object[] values = new Object[offeringKeys.size() + supplierKeys.size()];
    int v = 0;
    for (String key : offeringKeys) {
      values[v++] = valueOf(input.offering(), key);
    }
    for (String key : supplierKeys) {
      values[v++] = input.supplier().get(key);
    }
    Integer group = groupIds.get(Arrays.asList(values));
    if (group == null) {
      group = offeringValues.size();
      groupIds.put(Arrays.asList(values), group);
      offeringValues.add(select(input.offering(), offeringKeys));
      supplierValues.add(select(input.supplier(), supplierKeys));
    }
    groupOf[index] = group;
  }

  /** Ends the grouping: keeps one small input per group and drops what only grouping needed. */
  @SuppressWarnings("unchecked")
  void seal() {
    if (!groups) {
      return;
    }
    offeringByGroup = offeringValues.toArray(Map[]::new);
    supplierByGroup = supplierValues.toArray(Map[]::new);
    groupIds = null;
    offeringValues = null;
    supplierValues = null;
  }

  /** How many results a ranking may need to remember for the rule. */
  int slots(int snapshotSize) {
    return groups ? offeringByGroup.length : snapshotSize;
  }

  /** Where a ranking remembers the rule's result for a candidate. */
  int slot(int index) {
    return groups ? groupOf[index] : index;
  }

  /** The rule's input for a candidate: its group's values, or its full variables. */
  RuleInput input(Candidate candidate, Map<String, Object> buyer, Map<String, Object> request) {
    if (!groups) {
      return new RuleInput(
          PolicyEvaluation.offeringVariables(candidate),
          PolicyEvaluation.supplierVariables(candidate),
          buyer,
          request);
    }
    int group = groupOf[candidate.index];
    return new RuleInput(offeringByGroup[group], supplierByGroup[group], buyer, request);
  }

  /** The value of a field, or of one entry of a map-valued field ({@code seals.SOV-3}). */
  private static Object valueOf(Map<String, Object> variables, String key) {
    if (variables.containsKey(key)) {
      return variables.get(key);
    }
    int separator = key.indexOf(ENTRY_SEPARATOR);
    if (separator > 0 && variables.get(key.substring(0, separator)) instanceof Map<?, ?> entries) {
      return entries.get(key.substring(separator + 1));
    }
    return null;
  }

  /**
   * A representative input that holds just the given keys; an entry key such as {@code seals.SOV-3}
   * yields a {@code seals} map with that one entry, unless the whole field is read.
   */
  private static Map<String, Object> select(Map<String, Object> all, List<String> keys) {
    Map<String, Object> selected = new LinkedHashMap<>();
    Map<String, Map<Object, Object>> entries = new LinkedHashMap<>();
    for (String key : keys) {
      if (all.containsKey(key)) {
        Object value = all.get(key);
        if (value != null) {
          selected.put(key, value);
        }
        continue;
      }
      int separator = key.indexOf(ENTRY_SEPARATOR);
      if (separator > 0 && all.get(key.substring(0, separator)) instanceof Map<?, ?> field) {
        Object value = field.get(key.substring(separator + 1));
        Map<Object, Object> chosen =
            entries.computeIfAbsent(key.substring(0, separator), name -> new LinkedHashMap<>());
        if (value != null) {
          chosen.put(key.substring(separator + 1), value);
        }
      }
    }
    entries.forEach((field, chosen) -> selected.putIfAbsent(field, Map.copyOf(chosen)));
    return Map.copyOf(selected);
  }
}

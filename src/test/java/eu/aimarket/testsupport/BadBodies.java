package eu.aimarket.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Invalid JSON request bodies for one operation, each a mutation of a valid body that breaks at
 * least one rule of the operation's schema in the published contract (or of JSON, UTF-8 or the
 * content type): a field of the wrong type, a missing required field, an unknown field, a value
 * outside its enum, a string too long or not matching its pattern, too many or too few elements, a
 * number outside its range, nesting deeper than any client needs, bytes that are not UTF-8, broken
 * syntax, an empty body, the wrong content type. Free-text fields may also carry hostile text
 * (injection strings) besides, which never makes a body valid. A server that accepts any of these
 * bodies (2xx) has a defect.
 */
public final class BadBodies {

  /** One request body: what is wrong with it, its content type (null: none) and its bytes. */
  public record Body(String defect, String contentType, byte[] bytes) {
    public String preview() {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.length() > 300
          ? text.substring(0, 300) + "... (" + bytes.length + " bytes)"
          : text;
    }
  }

  /** A field of the body: its path from the root, and its schema (references resolved). */
  record Slot(List<Object> path, JsonNode schema, boolean required) {
    String name() {
      StringBuilder name = new StringBuilder();
      for (Object step : path) {
        if (step instanceof Integer index) {
          name.append('[').append(index).append(']');
        } else {
          name.append(name.isEmpty() ? "" : ".").append(step);
        }
      }
      return name.toString();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON_TYPE = "application/json";
  private static final String MARKER = "QQmarkerQQ";

  /** Nesting well beyond what the JSON parser allows (1,000 levels). */
  private static final int DEEP = 1_200;

  private final JsonNode contract;
  private final ObjectNode valid;
  private final JsonNode rootSchema;
  private final List<Slot> slots = new ArrayList<>();
  private final List<Slot> objects = new ArrayList<>();
  private final List<BiFunction<Random, ObjectNode, Optional<Body>>> mutations;

  /**
   * @param contract the OpenAPI document (for {@code $ref}s)
   * @param schema the request body's schema
   * @param valid a body the operation accepts
   */
  public BadBodies(JsonNode contract, JsonNode schema, JsonNode valid) {
    if (!(valid instanceof ObjectNode object)) {
      throw new IllegalArgumentException("The valid body must be a JSON object: " + valid);
    }
    this.contract = contract;
    this.valid = object;
    this.rootSchema = resolve(schema);
    collect(List.of(), rootSchema, valid);
    this.mutations =
        List.of(
            this::wrongType,
            this::missingRequired,
            this::nullRequired,
            this::unknownField,
            this::outsideEnum,
            this::tooLong,
            this::notMatchingPattern,
            this::tooManyItems,
            this::tooFewItems,
            this::outOfRange,
            this::notAMultiple,
            this::wrongFormat,
            this::deepNesting,
            this::invalidUtf8,
            this::brokenSyntax,
            this::notAnObject,
            this::duplicateKey,
            this::wrongContentType);
  }

  /** The fields this generator knows, for a report. */
  public List<String> fields() {
    return slots.stream().map(Slot::name).toList();
  }

  /** A new invalid body. */
  public Body next(Random random) {
    while (true) {
      ObjectNode body = valid.deepCopy();
      int noise = random.nextInt(3);
      for (int i = 0; i < noise; i++) {
        hostileFreeText(random, body);
      }
      var mutation = mutations.get(random.nextInt(mutations.size()));
      Optional<Body> result = mutation.apply(random, body);
      if (result.isPresent()) {
        return result.get();
      }
    }
  }

  // The schema.

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < 20 && current != null && current.has("$ref"); i++) {
      String ref = current.get("$ref").asText();
      current = contract.at(ref.substring(1));
    }
    if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
      return resolve(current.get("allOf").get(0));
    }
    return current == null ? NODES.objectNode() : current;
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return schema.has("properties") ? "object" : schema.has("enum") ? "string" : null;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
      return null;
    }
    return type.asText();
  }

  private boolean nullable(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      for (JsonNode t : type) {
        if ("null".equals(t.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  private void collect(List<Object> path, JsonNode schema, JsonNode value) {
    if (!"object".equals(type(schema)) || !schema.has("properties")) {
      return;
    }
    objects.add(new Slot(path, schema, false));
    Set<String> required = new TreeSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Iterator<String> names = schema.get("properties").fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonNode property = resolve(schema.get("properties").get(name));
      List<Object> at = append(path, name);
      slots.add(new Slot(at, property, required.contains(name)));
      JsonNode present = value == null ? null : value.get(name);
      if (present == null || present.isNull()) {
        continue;
      }
      if (present.isObject()) {
        collect(at, property, present);
      } else if (present.isArray() && !present.isEmpty() && property.has("items")) {
        JsonNode items = resolve(property.get("items"));
        List<Object> first = append(at, 0);
        slots.add(new Slot(first, items, true));
        if (present.get(0).isObject()) {
          collect(first, items, present.get(0));
        }
      }
    }
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return List.copyOf(longer);
  }

  /** The container that holds the slot in this body; empty when a parent is missing. */
  private static Optional<JsonNode> parent(ObjectNode body, List<Object> path) {
    JsonNode node = body;
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
      if (node == null || !node.isContainerNode()) {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  private static boolean set(ObjectNode body, List<Object> path, JsonNode value) {
    Optional<JsonNode> parent = parent(body, path);
    if (parent.isEmpty()) {
      return false;
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index) {
      if (!(parent.get() instanceof ArrayNode array) || array.size() <= index) {
        return false;
      }
      array.set(index, value);
    } else {
      if (!(parent.get() instanceof ObjectNode object)) {
        return false;
      }
      object.set((String) last, value);
    }
    return true;
  }

  private static JsonNode get(ObjectNode body, List<Object> path) {
    Optional<JsonNode> parent = parent(body, path);
    if (parent.isEmpty()) {
      return null;
    }
    Object last = path.get(path.size() - 1);
    return last instanceof Integer index
        ? parent.get().get(index)
        : parent.get().get((String) last);
  }

  private <T> Optional<T> pick(Random random, List<T> from) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
  }

  private Optional<Slot> slot(Random random, java.util.function.Predicate<Slot> which) {
    return pick(random, slots.stream().filter(which).toList());
  }

  private static boolean free(JsonNode schema) {
    return "string".equals(type(schema))
        && !schema.has("enum")
        && !schema.has("format")
        && !schema.has("pattern");
  }

  /** Hostile text in a free-text field that stays within its length: noise, never a fix. */
  private void hostileFreeText(Random random, ObjectNode body) {
    slot(random, s -> free(s.schema()) && get(body, s.path()) != null)
        .ifPresent(
            s -> {
              int max = s.schema().path("maxLength").asInt(200);
              set(body, s.path(), NODES.textNode(HostileText.any(random, Math.min(max, 200))));
            });
  }

  private static Body json(String defect, JsonNode body) {
    try {
      return new Body(defect, JSON_TYPE, JSON.writeValueAsBytes(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // The mutations: each breaks one rule, or answers empty when the schema has no such rule.

  private Optional<Body> wrongType(Random random, ObjectNode body) {
    return slot(random, s -> type(s.schema()) != null)
        .map(
            s -> {
              JsonNode wrong = wrongValue(random, type(s.schema()));
              set(body, s.path(), wrong);
              if (s.path().size() > 1 && get(body, s.path()) == null) {
                ensureParents(body, s.path());
                set(body, s.path(), wrong);
              }
              return json(
                  s.name() + " of the wrong type (" + type(s.schema()) + " expected)", body);
            });
  }

  private void ensureParents(ObjectNode body, List<Object> path) {
    JsonNode node = body;
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      JsonNode next = step instanceof Integer index ? node.get(index) : node.get((String) step);
      if (next == null && node instanceof ObjectNode object && step instanceof String name) {
        next = object.putObject(name);
      }
      if (next == null) {
        return;
      }
      node = next;
    }
  }

  /** A value of any JSON type but {@code expected} (and never null). */
  static JsonNode wrongValue(Random random, String expected) {
    List<JsonNode> candidates = new ArrayList<>();
    if (!expected.equals("string")) {
      candidates.add(NODES.textNode(String.valueOf(random.nextInt(100))));
      candidates.add(NODES.textNode(random.nextBoolean() ? "true" : "false"));
      candidates.add(NODES.textNode(HostileText.any(random, 40)));
      candidates.add(NODES.textNode(""));
    }
    if (!expected.equals("integer") && !expected.equals("number")) {
      candidates.add(NODES.numberNode(random.nextInt(2_000_001) - 1_000_000));
      candidates.add(NODES.numberNode(new BigDecimal("1e400")));
      candidates.add(NODES.numberNode(-0.5));
    }
    if (expected.equals("integer")) {
      candidates.add(NODES.numberNode(1.5 + random.nextInt(100)));
    }
    if (!expected.equals("boolean")) {
      candidates.add(NODES.booleanNode(random.nextBoolean()));
    }
    if (!expected.equals("array")) {
      ArrayNode array = NODES.arrayNode();
      array.add(HostileText.any(random, 20));
      candidates.add(array);
      candidates.add(NODES.arrayNode());
    }
    if (!expected.equals("object")) {
      ObjectNode object = NODES.objectNode();
      object.put("value", HostileText.any(random, 20));
      candidates.add(object);
      candidates.add(NODES.objectNode());
    }
    return candidates.get(random.nextInt(candidates.size()));
  }

  private Optional<Body> missingRequired(Random random, ObjectNode body) {
    return slot(
            random, s -> s.required() && !(s.path().get(s.path().size() - 1) instanceof Integer))
        .flatMap(
            s ->
                parent(body, s.path())
                    .filter(ObjectNode.class::isInstance)
                    .map(
                        p -> {
                          ((ObjectNode) p).remove((String) s.path().get(s.path().size() - 1));
                          return json("required " + s.name() + " missing", body);
                        }));
  }

  private Optional<Body> nullRequired(Random random, ObjectNode body) {
    return slot(random, s -> s.required() && !nullable(s.schema()))
        .filter(s -> set(body, s.path(), NODES.nullNode()))
        .map(s -> json("required " + s.name() + " null", body));
  }

  private Optional<Body> unknownField(Random random, ObjectNode body) {
    return pick(
            random,
            objects.stream()
                .filter(o -> !o.schema().path("additionalProperties").isObject())
                .filter(o -> !o.schema().path("additionalProperties").asBoolean(false))
                .toList())
        .flatMap(
            o -> {
              JsonNode target = o.path().isEmpty() ? body : get(body, o.path());
              if (!(target instanceof ObjectNode object)) {
                return Optional.empty();
              }
              String name =
                  switch (random.nextInt(4)) {
                    case 0 -> "admin";
                    case 1 -> "id";
                    case 2 -> "__proto__";
                    default -> HostileText.any(random, 30);
                  };
              if (o.schema().path("properties").has(name)) {
                name = name + "Unknown";
              }
              object.set(name, anyValue(random));
              return Optional.of(json("unknown field '" + name + "' in " + o.name(), body));
            });
  }

  private static JsonNode anyValue(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> NODES.textNode(HostileText.any(random, 60));
      case 1 -> NODES.booleanNode(true);
      case 2 -> NODES.numberNode(random.nextLong());
      default -> NODES.objectNode().put("role", "admin");
    };
  }

  private Optional<Body> outsideEnum(Random random, ObjectNode body) {
    return slot(random, s -> s.schema().has("enum"))
        .map(
            s -> {
              Set<String> allowed = new TreeSet<>();
              s.schema().get("enum").forEach(e -> allowed.add(e.asText()));
              String value;
              do {
                value =
                    switch (random.nextInt(4)) {
                      case 0 -> allowed.iterator().next().toLowerCase(java.util.Locale.ROOT);
                      case 1 -> " " + allowed.iterator().next();
                      case 2 -> "UNKNOWN_" + random.nextInt(1000);
                      default -> HostileText.any(random, 40);
                    };
              } while (allowed.contains(value));
              ensureParents(body, s.path());
              set(body, s.path(), NODES.textNode(value));
              return json(s.name() + " outside its values: '" + value + "'", body);
            });
  }

  private Optional<Body> tooLong(Random random, ObjectNode body) {
    return slot(random, s -> s.schema().has("maxLength"))
        .map(
            s -> {
              int max = s.schema().get("maxLength").asInt();
              int length = max + 1 + random.nextInt(random.nextBoolean() ? 10 : 20_000);
              ensureParents(body, s.path());
              set(body, s.path(), NODES.textNode(HostileText.ofLength(random, length)));
              return json(s.name() + " of " + length + " characters (at most " + max + ")", body);
            });
  }

  private Optional<Body> notMatchingPattern(Random random, ObjectNode body) {
    return slot(random, s -> s.schema().has("pattern"))
        .flatMap(
            s -> {
              Pattern pattern = Pattern.compile(s.schema().get("pattern").asText());
              List<String> candidates =
                  List.of(
                      "",
                      " ",
                      "\t\r\n ",
                      "\u00A0",
                      "a b",
                      "<script>",
                      "' OR '1'='1",
                      "${7*7}",
                      "{inject:cdi}",
                      "ä",
                      "x".repeat(3));
              List<String> breaking =
                  candidates.stream().filter(c -> !pattern.matcher(c).find()).toList();
              return pick(random, breaking)
                  .map(
                      value -> {
                        ensureParents(body, s.path());
                        set(body, s.path(), NODES.textNode(value));
                        return json(
                            s.name() + " '" + value + "' not matching " + pattern.pattern(), body);
                      });
            });
  }

  private Optional<Body> tooManyItems(Random random, ObjectNode body) {
    return slot(random, s -> s.schema().has("maxItems"))
        .flatMap(
            s -> {
              int max = s.schema().get("maxItems").asInt();
              JsonNode items = resolve(s.schema().path("items"));
              int count = max + 1 + random.nextInt(random.nextBoolean() ? 5 : 5_000);
              ArrayNode array = NODES.arrayNode();
              if (items.has("enum")) {
                if (items.get("enum").size() <= max) {
                  return Optional.empty(); // cannot have more distinct values than the enum
                }
                count = items.get("enum").size();
                items.get("enum").forEach(array::add);
              } else if ("string".equals(type(items))) {
                for (int i = 0; i < count; i++) {
                  array.add("X" + i);
                }
              } else if ("integer".equals(type(items)) || "number".equals(type(items))) {
                for (int i = 0; i < count; i++) {
                  array.add(i);
                }
              } else {
                JsonNode present = get(body, s.path());
                if (present == null || !present.isArray() || present.isEmpty()) {
                  return Optional.empty();
                }
                for (int i = 0; i < count; i++) {
                  JsonNode element = present.get(0).deepCopy();
                  if (element instanceof ObjectNode object) {
                    // distinct elements, so that a set cannot fold them into fewer
                    Iterator<String> names = object.fieldNames();
                    while (names.hasNext()) {
                      String name = names.next();
                      if (object.get(name).isTextual()) {
                        object.put(name, object.get(name).asText() + " " + i);
                        break;
                      }
                    }
                  }
                  array.add(element);
                }
              }
              ensureParents(body, s.path());
              set(body, s.path(), array);
              return Optional.of(
                  json(s.name() + " with " + array.size() + " items (at most " + max + ")", body));
            });
  }

  private Optional<Body> tooFewItems(Random random, ObjectNode body) {
    return slot(random, s -> s.schema().path("minItems").asInt(0) > 0)
        .map(
            s -> {
              ensureParents(body, s.path());
              set(body, s.path(), NODES.arrayNode());
              return json(s.name() + " empty (at least " + s.schema().get("minItems") + ")", body);
            });
  }

  private Optional<Body> outOfRange(Random random, ObjectNode body) {
    return slot(
            random,
            s ->
                s.schema().has("minimum")
                    || s.schema().has("maximum")
                    || s.schema().has("exclusiveMinimum")
                    || s.schema().has("exclusiveMaximum")
                    || "integer".equals(type(s.schema())))
        .map(
            s -> {
              JsonNode schema = s.schema();
              boolean integer = "integer".equals(type(schema));
              List<BigDecimal> values = new ArrayList<>();
              BigDecimal step =
                  integer ? BigDecimal.ONE : new BigDecimal(random.nextBoolean() ? "0.01" : "1");
              if (schema.has("minimum")) {
                values.add(schema.get("minimum").decimalValue().subtract(step));
                values.add(schema.get("minimum").decimalValue().subtract(new BigDecimal("1e12")));
              }
              if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
                values.add(schema.get("exclusiveMinimum").decimalValue());
              }
              if (schema.has("maximum")) {
                values.add(schema.get("maximum").decimalValue().add(step));
                values.add(schema.get("maximum").decimalValue().add(new BigDecimal("1e12")));
              }
              if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()) {
                values.add(schema.get("exclusiveMaximum").decimalValue());
              }
              if (integer) {
                // beyond what the declared integer type can hold
                boolean int32 = "int32".equals(schema.path("format").asText());
                BigInteger limit =
                    int32
                        ? BigInteger.valueOf(Integer.MAX_VALUE)
                        : BigInteger.valueOf(Long.MAX_VALUE);
                values.add(new BigDecimal(limit.add(BigInteger.ONE)));
                values.add(new BigDecimal(limit.negate().subtract(BigInteger.TWO)));
                values.add(new BigDecimal("1e30"));
              }
              BigDecimal value = values.get(random.nextInt(values.size()));
              ensureParents(body, s.path());
              set(
                  body,
                  s.path(),
                  integer && value.scale() <= 0
                      ? NODES.numberNode(value.toBigIntegerExact())
                      : NODES.numberNode(value));
              return json(s.name() + " out of range: " + value.toPlainString(), body);
            });
  }

  private Optional<Body> notAMultiple(Random random, ObjectNode body) {
    return slot(random, s -> s.schema().has("multipleOf"))
        .map(
            s -> {
              BigDecimal unit = s.schema().get("multipleOf").decimalValue();
              BigDecimal value =
                  unit.multiply(BigDecimal.valueOf(1 + random.nextInt(1000)))
                      .add(unit.divide(BigDecimal.valueOf(7), 12, java.math.RoundingMode.DOWN));
              ensureParents(body, s.path());
              set(body, s.path(), NODES.numberNode(value));
              return json(
                  s.name() + " " + value.toPlainString() + " not a multiple of " + unit, body);
            });
  }

  private Optional<Body> wrongFormat(Random random, ObjectNode body) {
    return slot(
            random,
            s ->
                List.of("uuid", "date-time", "date", "uri", "email")
                    .contains(s.schema().path("format").asText()))
        .map(
            s -> {
              String format = s.schema().get("format").asText();
              List<String> wrong =
                  switch (format) {
                    case "uuid" ->
                        List.of(
                            "not-a-uuid",
                            UUID.randomUUID().toString() + "0",
                            UUID.randomUUID().toString().replace('-', '_'),
                            "' OR '1'='1",
                            "",
                            "{id}");
                    case "date-time" ->
                        List.of("yesterday", "2024-13-45T99:99:99Z", "2024-02-30T10:00:00Z", "");
                    case "date" -> List.of("2024-02-30", "31.12.2024", "tomorrow", "");
                    case "uri" -> List.of("not a url", "http://", "ht tp://x", "");
                    default -> List.of("no-at-sign", "@example.org", "a@", "a b@example.org", "");
                  };
              String value = wrong.get(random.nextInt(wrong.size()));
              ensureParents(body, s.path());
              set(body, s.path(), NODES.textNode(value));
              return json(s.name() + " '" + value + "' is not a " + format, body);
            });
  }

  private Optional<Body> deepNesting(Random random, ObjectNode body) {
    int depth = DEEP + random.nextInt(5_000);
    boolean arrays = random.nextBoolean();
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    String nested = open.repeat(depth) + "1" + close.repeat(depth);
    Optional<Slot> target = slot(random, s -> get(body, s.path()) != null);
    String defect = "nesting " + depth + " levels deep";
    if (target.isPresent()) {
      set(body, target.get().path(), NODES.textNode(MARKER));
      defect += " in " + target.get().name();
    } else {
      body.put(MARKER, MARKER);
    }
    String text = serialise(body).replace("\"" + MARKER + "\"", nested);
    return Optional.of(new Body(defect, JSON_TYPE, text.getBytes(StandardCharsets.UTF_8)));
  }

  private Optional<Body> invalidUtf8(Random random, ObjectNode body) {
    byte[] invalid = HostileText.INVALID_UTF8.get(random.nextInt(HostileText.INVALID_UTF8.size()));
    Optional<Slot> target =
        slot(random, s -> "string".equals(type(s.schema())) && get(body, s.path()) != null);
    String where;
    if (target.isPresent()) {
      set(body, target.get().path(), NODES.textNode("ab" + MARKER + "cd"));
      where = target.get().name();
    } else {
      body.put("note", "ab" + MARKER + "cd");
      where = "an unknown field";
    }
    byte[] text = serialise(body).getBytes(StandardCharsets.UTF_8);
    return Optional.of(
        new Body(
            "bytes " + hex(invalid) + " (not UTF-8) in " + where,
            JSON_TYPE,
            replace(text, MARKER.getBytes(StandardCharsets.US_ASCII), invalid)));
  }

  private Optional<Body> brokenSyntax(Random random, ObjectNode body) {
    String text = serialise(body);
    String broken;
    String defect;
    switch (random.nextInt(9)) {
      case 0 -> {
        int cut = 1 + random.nextInt(text.length() - 1);
        broken = text.substring(0, cut);
        defect = "cut after " + cut + " characters";
      }
      case 1 -> {
        broken = text + (random.nextBoolean() ? " x" : "{}");
        defect = "trailing content after the object";
      }
      case 2 -> {
        broken = text.substring(0, text.length() - 1) + ",}";
        defect = "trailing comma";
      }
      case 3 -> {
        broken = text.replace('"', '\'');
        defect = "single quotes";
      }
      case 4 -> {
        broken = "/* comment */" + text;
        defect = "a comment";
      }
      case 5 -> {
        broken = text.replaceFirst(":(\"[^\"]*\"|[-0-9.eE]+|true|false)", ":NaN");
        defect = "NaN as a value";
      }
      case 6 -> {
        broken = text.replaceFirst("\"([A-Za-z]+)\":", "$1:");
        defect = "an unquoted name";
      }
      case 7 -> {
        broken = "";
        defect = "empty body";
      }
      default -> {
        broken = random.nextBoolean() ? "   \r\n" : "\u0000";
        defect = "blank body";
      }
    }
    if (broken.equals(text)) {
      broken = text + "}";
    }
    return Optional.of(new Body(defect, JSON_TYPE, broken.getBytes(StandardCharsets.UTF_8)));
  }

  private Optional<Body> notAnObject(Random random, ObjectNode body) {
    List<String> others =
        List.of("null", "[]", "[" + serialise(body) + "]", "\"text\"", "42", "true", "{}");
    String text = others.get(random.nextInt(others.size()));
    if (text.equals("{}") && !rootSchema.has("required")) {
      text = "[{}]";
    }
    return Optional.of(
        new Body(
            "a body that is " + text.substring(0, Math.min(10, text.length())),
            JSON_TYPE,
            text.getBytes(StandardCharsets.UTF_8)));
  }

  private Optional<Body> duplicateKey(Random random, ObjectNode body) {
    Iterator<String> names = body.fieldNames();
    if (!names.hasNext()) {
      return Optional.empty();
    }
    String name = names.next();
    String text = serialise(body);
    String duplicated = "{\"" + name + "\":" + serialise(body.get(name)) + "," + text.substring(1);
    return Optional.of(
        new Body(
            "the name '" + name + "' twice",
            JSON_TYPE,
            duplicated.getBytes(StandardCharsets.UTF_8)));
  }

  private Optional<Body> wrongContentType(Random random, ObjectNode body) {
    List<String> types =
        java.util.Arrays.asList(
            "text/plain",
            "application/xml",
            "text/csv",
            "application/octet-stream",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "text/html",
            null);
    String type = types.get(random.nextInt(types.size()));
    return Optional.of(
        new Body(
            "a JSON body sent as " + type, type, serialise(body).getBytes(StandardCharsets.UTF_8)));
  }

  private static String serialise(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] replace(byte[] text, byte[] what, byte[] with) {
    for (int i = 0; i + what.length <= text.length; i++) {
      if (java.util.Arrays.equals(text, i, i + what.length, what, 0, what.length)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, i);
        out.write(with, 0, with.length);
        out.write(text, i + what.length, text.length - i - what.length);
        return out.toByteArray();
      }
    }
    throw new IllegalStateException("Marker not found");
  }

  static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(hex.isEmpty() ? "" : " ").append(String.format("%02X", b & 0xFF));
    }
    return hex.toString();
  }
}

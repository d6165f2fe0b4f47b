package eu.aimarket.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served contract tells a client what it needs without reading the code: an
 * operationId (generated clients name their methods after it), a summary, typed request and success
 * bodies, at least one example, and its error answers as problem+json. Lists every gap at once, so
 * that one run shows all the annotations to fix.
 */
@QuarkusTest
class OpenApiCompletenessTest {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private JsonNode document;

  @BeforeEach
  void readDocument() throws Exception {
    String json =
        given()
            .accept("application/json")
            .when()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    document = new ObjectMapper().readTree(json);
  }

  @Test
  void describesOnlyTheJsonApi() {
    List<String> others = new ArrayList<>();
    document.path("paths").fieldNames().forEachRemaining(p -> others.add(p));
    others.removeIf(path -> path.startsWith("/api/v1/"));
    assertEquals(List.of(), others, "paths outside /api/v1 in the contract");
  }

  @Test
  void everyOperationIsComplete() {
    List<String> gaps = new ArrayList<>();
    Set<String> operationIds = new HashSet<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : entries(document.path("paths"))) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        operations++;
        String name = method.toUpperCase() + " " + path.getKey();
        checkOperation(name, operation, operationIds, gaps);
      }
    }
    assertFalse(operations == 0, "the document has no operations");
    assertEquals(
        List.of(), gaps, gaps.size() + " gaps in the contract:\n" + String.join("\n", gaps));
  }

  @Test
  void errorAnswersReferToTheProblemSchema() {
    JsonNode notFound =
        document
            .path("paths")
            .path("/api/v1/offerings/{id}")
            .path("get")
            .path("responses")
            .path("404")
            .path("content")
            .path(Problem.MEDIA_TYPE)
            .path("schema")
            .path("$ref");
    assertEquals("#/components/schemas/Problem", notFound.asText());
  }

  @Test
  void theProblemSchemaIsDescribed() {
    JsonNode problem = document.path("components").path("schemas").path("Problem");
    assertFalse(problem.isMissingNode(), "no Problem schema");
    for (String field : List.of("type", "title", "status", "detail", "errors")) {
      assertFalse(
          problem.path("properties").path(field).isMissingNode(), "Problem has no " + field);
    }
  }

  private void checkOperation(
      String name, JsonNode operation, Set<String> operationIds, List<String> gaps) {
    String id = operation.path("operationId").asText("");
    if (id.isBlank()) {
      gaps.add(name + ": no operationId");
    } else if (!operationIds.add(id)) {
      gaps.add(name + ": operationId " + id + " is used twice");
    }
    if (operation.path("summary").asText("").isBlank()) {
      gaps.add(name + ": no summary");
    }
    boolean example = false;
    for (JsonNode parameter : operation.path("parameters")) {
      example |= hasExample(parameter) || hasExample(parameter.path("schema"), new HashSet<>());
    }
    JsonNode body = operation.path("requestBody");
    if (!body.isMissingNode()) {
      if (body.path("content").isEmpty()) {
        gaps.add(name + ": request body without content");
      }
      for (Map.Entry<String, JsonNode> media : entries(body.path("content"))) {
        if (!typed(media.getValue().path("schema"))) {
          gaps.add(name + ": request body " + media.getKey() + " has no typed schema");
        }
        example |=
            hasExample(media.getValue())
                || hasExample(media.getValue().path("schema"), new HashSet<>());
      }
    }
    boolean success = false;
    boolean clientError = false;
    for (Map.Entry<String, JsonNode> response : entries(operation.path("responses"))) {
      String status = response.getKey();
      JsonNode content = response.getValue().path("content");
      if (status.startsWith("2")) {
        success = true;
        if (!status.equals("204") && content.isEmpty()) {
          gaps.add(name + ": response " + status + " has no content");
        }
        for (Map.Entry<String, JsonNode> media : entries(content)) {
          if (!typed(media.getValue().path("schema"))) {
            gaps.add(name + ": response " + status + " " + media.getKey() + " has no typed schema");
          }
          example |=
              hasExample(media.getValue())
                  || hasExample(media.getValue().path("schema"), new HashSet<>());
        }
      } else if (status.startsWith("4") || status.startsWith("5")) {
        clientError |= status.startsWith("4");
        if (!typed(content.path(Problem.MEDIA_TYPE).path("schema"))) {
          gaps.add(name + ": error response " + status + " is not described as problem+json");
        }
      }
    }
    if (!success) {
      gaps.add(name + ": no success response");
    }
    if (!clientError) {
      gaps.add(name + ": no 4xx error response");
    }
    if (!example) {
      gaps.add(name + ": no example (parameter, request or success response)");
    }
  }

  /** A schema says what it holds: a reference to a named schema, a type, or a composition. */
  private static boolean typed(JsonNode schema) {
    return schema.has("$ref")
        || schema.has("type")
        || schema.has("oneOf")
        || schema.has("anyOf")
        || schema.has("allOf");
  }

  private static boolean hasExample(JsonNode node) {
    return node.has("example") || (node.has("examples") && !node.path("examples").isEmpty());
  }

  /** An example in the schema or in any schema it refers to or is made of. */
  private boolean hasExample(JsonNode schema, Set<String> seen) {
    if (schema == null || schema.isMissingNode()) {
      return false;
    }
    if (hasExample(schema)) {
      return true;
    }
    if (schema.has("$ref")) {
      String ref = schema.path("$ref").asText();
      if (!seen.add(ref)) {
        return false;
      }
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonNode target = document.path("components").path("schemas").path(name);
      // The examples the generator puts on scalar types (dates, times) say nothing about this API.
      return target.has("properties") && hasExample(target, seen);
    }
    for (Map.Entry<String, JsonNode> property : entries(schema.path("properties"))) {
      if (hasExample(property.getValue(), seen)) {
        return true;
      }
    }
    for (String nested : List.of("items", "additionalProperties")) {
      if (schema.has(nested) && hasExample(schema.path(nested), seen)) {
        return true;
      }
    }
    for (String composition : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode part : schema.path(composition)) {
        if (hasExample(part, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    fields.forEachRemaining(entries::add);
    return entries;
  }
}

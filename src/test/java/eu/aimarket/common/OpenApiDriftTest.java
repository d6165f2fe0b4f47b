package eu.aimarket.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API contract changes only on purpose: the document served at {@code /q/openapi} (generated
 * from the code's annotations) must equal the committed {@code openapi/ai-marketplace.yaml}. After
 * a deliberate change, rewrite the committed file with {@code -Dopenapi.update=true} (README, "The
 * JSON API") and review its diff like code.
 */
@QuarkusTest
class OpenApiDriftTest {

  static final Path COMMITTED = Path.of("src/main/resources/openapi/ai-marketplace.yaml");
  private static final int MAX_DIFF_LINES = 60;

  @Test
  void servedDocumentEqualsTheCommittedOne() throws IOException {
    String served = served();
    if (Boolean.getBoolean("openapi.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(COMMITTED)) {
      fail(COMMITTED + " is missing; create it with -Dopenapi.update=true");
    }
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    if (!committed.equals(served)) {
      fail(
          "The served OpenAPI document differs from "
              + COMMITTED
              + ". If the change is meant, rewrite the file with -Dopenapi.update=true and commit"
              + " it.\n"
              + diff(committed, served));
    }
  }

  static String served() {
    return given()
        .accept("application/yaml")
        .when()
        .get("/q/openapi?format=yaml")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /**
   * The differing stretch between the common beginning and the common end of both texts: for a
   * document that changed in one place, that place and nothing else.
   */
  static String diff(String committed, String served) {
    List<String> before = committed.lines().toList();
    List<String> after = served.lines().toList();
    int start = 0;
    while (start < before.size()
        && start < after.size()
        && before.get(start).equals(after.get(start))) {
      start++;
    }
    int endBefore = before.size();
    int endAfter = after.size();
    while (endBefore > start
        && endAfter > start
        && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
      endBefore--;
      endAfter--;
    }
    StringBuilder out = new StringBuilder();
    out.append("@@ committed line ")
        .append(start + 1)
        .append(", served line ")
        .append(start + 1)
        .append(" @@\n");
    appendLines(out, "- ", before.subList(start, endBefore));
    appendLines(out, "+ ", after.subList(start, endAfter));
    return out.toString();
  }

  private static void appendLines(StringBuilder out, String prefix, List<String> lines) {
    lines.stream()
        .limit(MAX_DIFF_LINES)
        .forEach(line -> out.append(prefix).append(line).append('\n'));
    if (lines.size() > MAX_DIFF_LINES) {
      out.append(prefix)
          .append("... ")
          .append(lines.size() - MAX_DIFF_LINES)
          .append(" more lines\n");
    }
  }
}

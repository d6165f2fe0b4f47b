package eu.aimarket.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The two checks every main page passes: axe-core in the browser (no violation of impact serious or
 * critical) and the Nu HTML Checker on the HTML the server sent (no error). Both come from npm
 * packages that the build installs under {@code target/page-checks} (see {@code src/test/a11y}).
 */
public final class PageChecks {

  private static final Path TOOLS =
      Path.of(System.getProperty("page-checks.modules", "target/page-checks/node_modules"));
  private static final Path HTML = Path.of("target", "html-check");
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageChecks() {}

  /** Runs axe-core on the page the browser shows; fails listing each serious or critical rule. */
  public static void axe(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(read(TOOLS.resolve("axe-core/axe.min.js")));
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical',"
                + " help: String(e), nodes: []}])));");
    List<String> problems = new ArrayList<>();
    try {
      for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
        String impact = violation.path("impact").asText();
        if (impact.equals("serious") || impact.equals("critical")) {
          List<String> targets = new ArrayList<>();
          violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
          problems.add(
              violation.path("id").asText()
                  + " ("
                  + impact
                  + "): "
                  + violation.path("help").asText()
                  + " at "
                  + targets);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(
        problems.isEmpty(),
        page + " has accessibility violations:\n" + String.join("\n", problems));
  }

  /**
   * Validates each page's HTML with the Nu HTML Checker in one run and fails listing every error.
   *
   * @param pages page name to the HTML the server sent for it
   */
  public static void validateHtml(Map<String, String> pages) {
    try {
      Files.createDirectories(HTML);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-jar");
      command.add(TOOLS.resolve("vnu-jar/build/dist/vnu.jar").toString());
      command.add("--errors-only");
      command.add("--format");
      command.add("json");
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Path file = HTML.resolve(page.getKey() + ".html");
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        command.add(file.toString());
      }
      Path reportFile = HTML.resolve("report.json");
      Path outputFile = HTML.resolve("output.txt");
      Process checker =
          new ProcessBuilder(command)
              .redirectError(reportFile.toFile())
              .redirectOutput(outputFile.toFile())
              .start();
      if (!checker.waitFor(5, TimeUnit.MINUTES)) {
        checker.destroyForcibly();
        fail("The HTML checker did not finish");
      }
      String stdout = Files.readString(outputFile, StandardCharsets.UTF_8);
      String report = Files.readString(reportFile, StandardCharsets.UTF_8);
      List<String> errors = new ArrayList<>();
      JsonNode messages = JSON.readTree(report.isBlank() ? "{\"messages\":[]}" : report);
      for (JsonNode message : messages.path("messages")) {
        if (message.path("type").asText().equals("error")
            || message.path("subType").asText().equals("fatal")) {
          errors.add(
              Path.of(message.path("url").asText("?")).getFileName()
                  + ":"
                  + message.path("lastLine").asText()
                  + " "
                  + message.path("message").asText());
        }
      }
      assertTrue(
          errors.isEmpty(),
          "HTML errors:\n" + String.join("\n", errors) + (stdout.isBlank() ? "" : "\n" + stdout));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether the build installed the checkers (it does in {@code mvn verify}). */
  public static boolean installed() {
    return Files.isRegularFile(TOOLS.resolve("axe-core/axe.min.js"))
        && Files.isRegularFile(TOOLS.resolve("vnu-jar/build/dist/vnu.jar"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Run mvn verify to install the page checkers: " + file, e);
    }
  }
}

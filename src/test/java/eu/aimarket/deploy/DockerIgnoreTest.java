package eu.aimarket.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build-context rules behave as Docker's, or the image file check would prove nothing. */
class DockerIgnoreTest {

  @Test
  void reincludedFolderBringsEverythingBelowIt() {
    DockerIgnore ignore = DockerIgnore.parse("*\n!target/quarkus-app\n");

    assertFalse(ignore.excludes("target/quarkus-app/quarkus-run.jar"));
    assertFalse(ignore.excludes("target/quarkus-app/lib/main/io.quarkus.quarkus-core.jar"));
    assertTrue(ignore.excludes("target/classes/application.properties"));
    assertTrue(ignore.excludes("pom.xml"));
  }

  @Test
  void theLastMatchingRuleDecides() {
    DockerIgnore ignore = DockerIgnore.parse("# comment\n*\n!src\nsrc/**/*.md\n");

    assertFalse(ignore.excludes("src/main/java/eu/aimarket/Main.java"));
    assertTrue(ignore.excludes("src/main/docs/notes.md"));
    assertTrue(ignore.excludes("data/aimarket.mv.db"));
  }

  @Test
  void singleStarStaysWithinOneFolder() {
    DockerIgnore ignore = DockerIgnore.parse("target/*.jar\n");

    assertTrue(ignore.excludes("target/app.jar"));
    assertFalse(ignore.excludes("target/lib/app.jar"));
  }

  @Test
  void noRulesExcludeNothing() {
    assertFalse(DockerIgnore.parse("").excludes("anything/at/all"));
  }
}

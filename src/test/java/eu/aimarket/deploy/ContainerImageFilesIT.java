package eu.aimarket.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs after {@code mvn package}: every file the Dockerfiles copy from the build context exists and
 * is not kept out of it by the Dockerfile's {@code .dockerignore}, so {@code docker build} finds
 * what it needs.
 */
class ContainerImageFilesIT {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docker/Dockerfile.jvm", "docker/Dockerfile.native"})
  void everyFileTheDockerfileCopiesIsInTheBuildContext(String path) throws IOException {
    Dockerfile dockerfile = Dockerfile.read(path);
    DockerIgnore ignore = DockerIgnore.forDockerfile(path);
    int copiedFromContext = 0;

    for (Dockerfile.Copy copy : dockerfile.copies()) {
      if (copy.from().isPresent()) {
        continue;
      }
      for (String source : copy.sources()) {
        List<Path> matches = expand(source);
        assertFalse(matches.isEmpty(), path + ": COPY " + source + " matches nothing");
        for (Path match : matches) {
          try (Stream<Path> files = Files.walk(match)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
              String relative = ProjectFiles.root().relativize(file).toString().replace('\\', '/');
              assertFalse(
                  ignore.excludes(relative),
                  path + ": " + relative + " is copied but left out of the build context");
              copiedFromContext++;
            }
          }
        }
      }
    }
    assertTrue(copiedFromContext > 0, path + ": copies nothing from the build context");
  }

  @Test
  void jvmImageStartsTheFastJarItCopies() {
    Dockerfile dockerfile = Dockerfile.read("docker/Dockerfile.jvm");
    String entrypoint = dockerfile.all("ENTRYPOINT", dockerfile.finalStage()).get(0).arguments();

    assertTrue(entrypoint.contains("/deployments/quarkus-run.jar"), entrypoint);
    assertTrue(
        Files.isRegularFile(ProjectFiles.path("target/quarkus-app/quarkus-run.jar")),
        "the package phase produced no fast-jar");
  }

  /** A COPY source relative to the context root; a wildcard may stand in its last segment. */
  private static List<Path> expand(String source) throws IOException {
    String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
    Path literal = ProjectFiles.path(trimmed);
    if (!trimmed.contains("*") && !trimmed.contains("?")) {
      return Files.exists(literal) ? List.of(literal) : List.of();
    }
    Path folder = literal.getParent();
    PathMatcher matcher =
        FileSystems.getDefault().getPathMatcher("glob:" + literal.getFileName().toString());
    List<Path> matches = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> children = Files.list(folder)) {
        children.filter(child -> matcher.matches(child.getFileName())).forEach(matches::add);
      }
    }
    return matches;
  }
}

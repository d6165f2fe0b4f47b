package eu.aimarket.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize} (the kustomize built into kubectl), found
 * on the PATH, exactly as {@code kubectl apply -k} would before sending the objects to a cluster.
 */
final class Kustomize {

  private static final long TIMEOUT_SECONDS = 120;
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

  private Kustomize() {}

  /** The objects of a kustomization folder (relative to the repository root), in output order. */
  static List<JsonNode> render(String kustomization) {
    return RENDERED.computeIfAbsent(kustomization, Kustomize::run);
  }

  /** Every YAML document of a text, as JSON trees; empty documents are left out. */
  static List<JsonNode> documents(String yaml) {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (iterator.hasNext()) {
        JsonNode document = iterator.next();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  private static List<JsonNode> run(String kustomization) {
    Path kubectl =
        onPath("kubectl")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "kubectl is not on the PATH: the Kubernetes manifest tests render every"
                            + " overlay with `kubectl kustomize`; install kubectl (it includes"
                            + " kustomize) and run the tests again"));
    Path errors = null;
    try {
      errors = Files.createTempFile("kustomize", ".err");
      Process process =
          new ProcessBuilder(
                  kubectl.toString(), "kustomize", ProjectFiles.path(kustomization).toString())
              .redirectError(errors.toFile())
              .start();
      // Read the output while the process runs, so a large rendering cannot fill the pipe.
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("kubectl kustomize " + kustomization + " did not finish in time");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "kubectl kustomize "
                + kustomization
                + " failed: "
                + Files.readString(errors, StandardCharsets.UTF_8));
      }
      return List.copyOf(documents(new String(output, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while rendering " + kustomization, e);
    } finally {
      if (errors != null) {
        try {
          Files.deleteIfExists(errors);
        } catch (IOException e) {
          // A left-over temporary file is harmless; the rendering result stands.
        }
      }
    }
  }

  private static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

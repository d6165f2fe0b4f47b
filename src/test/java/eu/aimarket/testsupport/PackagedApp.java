package eu.aimarket.testsupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged application ({@code target/quarkus-app/quarkus-run.jar}) in its own
 * JVM, with the test profile on the test database (the {@code TEST_DB_*} variables pass through)
 * and the given settings, on a free port of 127.0.0.1. For tests about what happens between
 * instances (restarts, replicas), which one {@code @QuarkusIntegrationTest} application cannot
 * show.
 */
public final class PackagedApp implements AutoCloseable {

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private PackagedApp(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts an instance and waits until it is ready; its output goes to target/{name}.log. */
  public static PackagedApp start(String name, Map<String, String> settings) {
    assertTrue(Files.isRegularFile(JAR), "package the application first: " + JAR);
    int port = freePort();
    Path log = Path.of("target", name + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dquarkus.profile=test");
    command.add("-Dquarkus.http.port=" + port);
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(JAR.toString());
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
    PackagedApp app = new PackagedApp(name, port, log, process);
    app.awaitReady();
    return app;
  }

  /** The instance's base URL, without a trailing slash. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public String name() {
    return name;
  }

  /** The instance's process id, for looking into the running JVM (a thread dump, say). */
  public long pid() {
    return process.pid();
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    await(name + " ready")
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              assertTrue(process.isAlive(), name + " stopped; see " + log);
              return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            });
  }

  /** Stops the instance as Kubernetes would (SIGTERM), forcibly if it does not end in time. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

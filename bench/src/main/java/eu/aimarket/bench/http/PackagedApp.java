package eu.aimarket.bench.http;

import java.io.IOException;
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

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, prod profile) run with
 * {@code java -jar} as a child process, as it runs in production: start-up is timed from the moment
 * the process is started to the first {@code /q/health/ready} answering UP, and its resident memory
 * is read from {@code /proc/<pid>/status}.
 */
final class PackagedApp implements AutoCloseable {

  private final Process process;
  private final long startedNanos;
  private final URI base;
  private final Path log;

  private PackagedApp(Process process, long startedNanos, URI base, Path log) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.base = base;
    this.log = log;
  }

  static PackagedApp start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    long started = System.nanoTime();
    Process process = builder.start();
    return new PackagedApp(process, started, URI.create("http://127.0.0.1:" + port), log);
  }

  URI base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  /**
   * Polls readiness every 10 ms and returns the time from process start to the first UP, in
   * milliseconds. Fails with the end of the application's log when it exits or never gets ready.
   */
  double awaitReady(HttpClient client, Duration timeout) throws IOException, InterruptedException {
    HttpRequest ready =
        HttpRequest.newBuilder(base.resolve("/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = startedNanos + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application exited while starting:\n" + logTail());
      }
      try {
        HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return (System.nanoTime() - startedNanos) / 1e6;
        }
      } catch (IOException notListeningYet) {
        // The HTTP server is not up yet: keep polling.
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException(
        "The application was not ready in " + timeout + ":\n" + logTail());
  }

  /**
   * A line of {@code /proc/<pid>/status} in KiB, e.g. {@code VmRSS} (now) or {@code VmHWM} (peak).
   */
  long memoryKib(String field) throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
      }
    }
    throw new IllegalStateException("No " + field + " in /proc/" + process.pid() + "/status");
  }

  String logTail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}

package eu.aimarket.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, made with the installed PostgreSQL's {@code initdb} in a
 * temporary folder and run with {@code pg_ctl} on a free port of 127.0.0.1, so that a test can stop
 * it (as a crash would) and start it again on the same data. PostgreSQL refuses to run as root;
 * when the tests run as root, its programs run as the {@code postgres} user, who then owns the
 * folder.
 */
public final class OwnPostgres implements AutoCloseable {

  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

  private final Path binaries;
  private final Path folder;
  private final Path data;
  private final int port;

  private OwnPostgres(Path binaries, Path folder, int port) {
    this.binaries = binaries;
    this.folder = folder;
    this.data = folder.resolve("data");
    this.port = port;
  }

  /** Creates a new cluster and starts it; trust authentication for local TCP only. */
  public static OwnPostgres start() {
    Path binaries = binaries();
    try {
      Path folder = Files.createTempDirectory("own-postgres-");
      OwnPostgres server = new OwnPostgres(binaries, folder, freePort());
      if (runningAsRoot()) {
        run(List.of("chown", USER + ":", folder.toString()));
      }
      server.asServerUser(
          List.of(
              binaries.resolve("initdb").toString(),
              "--pgdata=" + server.data,
              "--username=" + USER,
              "--auth=trust",
              "--encoding=UTF8",
              "--no-sync"));
      server.startServer();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a PostgreSQL cluster", e);
    }
  }

  /** The JDBC URL of the server's database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  public int port() {
    return port;
  }

  /** A plain connection, for what the test checks beside the application. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "");
  }

  /**
   * Stops the server at once, as a crash or a killed pod would: no checkpoint, open connections
   * cut. What was committed is in the write-ahead log and survives.
   */
  public void stopImmediately() {
    asServerUser(
        List.of(
            binaries.resolve("pg_ctl").toString(),
            "--pgdata=" + data,
            "--mode=immediate",
            "--wait",
            "stop"));
  }

  /** Starts the server on the same data and port and waits until it accepts connections. */
  public void startServer() {
    asServerUser(
        List.of(
            binaries.resolve("pg_ctl").toString(),
            "--pgdata=" + data,
            "--log=" + folder.resolve("server.log"),
            "--options=-c listen_addresses=127.0.0.1 -c port="
                + port
                + " -c unix_socket_directories="
                + folder,
            "--wait",
            "start"));
    await("PostgreSQL on port " + port)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(
            () -> {
              try (Connection connection = connect()) {
                return connection.isValid(2);
              }
            });
  }

  /** Stops the server if it runs and deletes its folder. */
  @Override
  public void close() {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        stopImmediately();
      }
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete " + folder, e);
      }
    }
  }

  private void asServerUser(List<String> command) {
    List<String> full = new ArrayList<>();
    if (runningAsRoot()) {
      full.addAll(List.of("runuser", "-u", USER, "--"));
    }
    full.addAll(command);
    run(full);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      // pg_ctl start leaves the server running with the output pipe inherited; read what the
      // command itself says without waiting for the pipe to close.
      process.getOutputStream().close();
      if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", command));
      }
      if (process.exitValue() != 0) {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        throw new IllegalStateException(
            String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The installed PostgreSQL's programs, as pg_config names them. */
  private static Path binaries() {
    try {
      Process process = new ProcessBuilder("pg_config", "--bindir").start();
      String output =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (process.waitFor() == 0 && Files.isExecutable(Path.of(output, "pg_ctl"))) {
        return Path.of(output);
      }
      throw new IllegalStateException("pg_config names no PostgreSQL programs: " + output);
    } catch (IOException e) {
      throw new IllegalStateException(
          "This test needs PostgreSQL's server programs and pg_config on the PATH", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

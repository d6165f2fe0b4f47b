package eu.aimarket.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A database of its own beside the test database, on the same server and with the same {@code
 * TEST_DB_*} credentials, named after the test database with a suffix so that parallel checkouts do
 * not collide. Dumps and restores go through PostgreSQL's own {@code pg_dump}, {@code pg_restore}
 * and {@code psql}, as an operator would run them.
 */
public final class ScratchDatabase {

  private static final long TOOL_TIMEOUT_MINUTES = 5;

  private final String name;

  private ScratchDatabase(String name) {
    this.name = name;
  }

  /** The scratch database {@code <test database>_<suffix>}; it need not exist yet. */
  public static ScratchDatabase named(String suffix) {
    return new ScratchDatabase(env("TEST_DB_NAME", "test") + "_" + suffix);
  }

  /** The test database itself, as a source for dumps. */
  public static ScratchDatabase testDatabase() {
    return new ScratchDatabase(env("TEST_DB_NAME", "test"));
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), password());
  }

  /** Drops the database if it exists and creates it again, empty. */
  public ScratchDatabase recreate() {
    try (Connection server =
            DriverManager.getConnection(
                "jdbc:postgresql://" + host() + ":" + port() + "/postgres", user(), password());
        Statement statement = server.createStatement()) {
      statement.execute("drop database if exists \"" + name + "\" with (force)");
      statement.execute("create database \"" + name + "\"");
      return this;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot recreate the database " + name, e);
    }
  }

  /**
   * Runs a plain-SQL script (a {@code pg_dump} in plain format) with psql, stopping at an error.
   */
  public void runScript(Path script) {
    run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", name, "-f", script.toString()));
  }

  /** Writes the database in pg_dump's custom format, as a backup job would. */
  public void dumpTo(Path archive) {
    run(List.of("pg_dump", "--format=custom", "--file=" + archive, name));
  }

  /**
   * Restores a custom-format archive into this database; objects keep no owner and no grants of the
   * source, so the archive restores under any role.
   */
  public void restoreFrom(Path archive) {
    run(
        List.of(
            "pg_restore",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            "--dbname=" + name,
            archive.toString()));
  }

  private void run(List<String> command) {
    List<String> full = new ArrayList<>(command);
    full.addAll(1, List.of("--host=" + host(), "--port=" + port(), "--username=" + user()));
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("PGPASSWORD", password());
    try {
      Path output = Files.createTempFile(command.get(0), ".log");
      try {
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(TOOL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IllegalStateException(command.get(0) + " did not end in time on " + name);
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(
              command.get(0)
                  + " failed on "
                  + name
                  + " (exit "
                  + process.exitValue()
                  + "): "
                  + Files.readString(output));
        }
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    }
  }

  private static String host() {
    return env("TEST_DB_HOST", "127.0.0.1");
  }

  private static String port() {
    return env("TEST_DB_PORT", "5432");
  }

  private static String user() {
    return env("TEST_DB_USER", "postgres");
  }

  private static String password() {
    return env("TEST_DB_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

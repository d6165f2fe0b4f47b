package eu.aimarket.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A plain JDBC connection to the test database (the {@code TEST_DB_*} variables, as the test
 * profile reads them), for tests that look at or write what no endpoint shows.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /** The test database's JDBC URL. */
  public static String url() {
    return "jdbc:postgresql://"
        + env("TEST_DB_HOST", "127.0.0.1")
        + ":"
        + env("TEST_DB_PORT", "5432")
        + "/"
        + env("TEST_DB_NAME", "test");
  }

  public static String user() {
    return env("TEST_DB_USER", "postgres");
  }

  public static String password() {
    return env("TEST_DB_PASSWORD", "");
  }

  /** Runs one statement with positional parameters; returns the rows changed. */
  public static int update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

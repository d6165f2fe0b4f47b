package eu.aimarket.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.transaction.xa.XAException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures count as the database being out of reach (503) and which are faults of a request
 * or of the code (4xx, 500). The failures come from the real driver, the real pool and the test
 * database, not from hand-made exceptions, where that is possible.
 */
class DatabaseUnavailableTest {

  @Test
  void aRefusedConnectionIsTheDatabaseBeingUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + closedPort + "/test", "postgres", ""));
    assertTrue(DatabaseUnavailable.causedBy(refused), refused.toString());
    assertTrue(
        DatabaseUnavailable.causedBy(
            new IllegalStateException(
                "commit failed",
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused))));
  }

  @Test
  void aConnectionThatWasClosedUnderTheApplicationIsTheDatabaseBeingUnavailable()
      throws SQLException {
    try (Connection victim = TestDatabase.connect();
        Connection admin = TestDatabase.connect();
        Statement statement = admin.createStatement()) {
      int pid;
      try (var result = victim.createStatement().executeQuery("select pg_backend_pid()")) {
        result.next();
        pid = result.getInt(1);
      }
      // What a server restart does to every open connection.
      statement.execute("select pg_terminate_backend(" + pid + ")");
      SQLException cut =
          assertThrows(SQLException.class, () -> victim.createStatement().execute("select 1"));
      assertTrue(DatabaseUnavailable.causedBy(cut), cut + " state " + cut.getSQLState());
      // How the transaction manager reports a commit that failed so: the resource's failure is
      // suppressed in the RollbackException, not its cause.
      XAException resource = new XAException("Error trying to commit local transaction");
      resource.initCause(cut);
      RollbackException commit = new RollbackException("Could not commit transaction.");
      commit.addSuppressed(resource);
      assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("Error invoking", commit)));
    }
  }

  @Test
  void thePoolRunningOutOfConnectionsIsTheDatabaseBeingUnavailable() throws SQLException {
    try (AgroalDataSource pool = AgroalDataSource.from(poolOfOne());
        Connection held = pool.getConnection()) {
      SQLException timedOut = assertThrows(SQLException.class, pool::getConnection);
      assertTrue(DatabaseUnavailable.causedBy(timedOut), timedOut.toString());
    }
  }

  @Test
  void faultsOfTheRequestOrOfTheCodeAreNot() throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement statement = db.createStatement()) {
      SQLException syntax = assertThrows(SQLException.class, () -> statement.execute("selec 1"));
      assertFalse(DatabaseUnavailable.causedBy(syntax), syntax.toString());
      SQLException division =
          assertThrows(SQLException.class, () -> statement.execute("select 1 / 0"));
      assertFalse(DatabaseUnavailable.causedBy(division), division.toString());
    }
    assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad input")));
    assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state, not from the pool")));
    assertFalse(DatabaseUnavailable.causedBy(null));
  }

  private static AgroalDataSourceConfigurationSupplier poolOfOne() {
    return new AgroalDataSourceConfigurationSupplier()
        .connectionPoolConfiguration(
            pool ->
                pool.maxSize(1)
                    .acquisitionTimeout(Duration.ofMillis(200))
                    .connectionFactoryConfiguration(
                        factory ->
                            factory
                                .jdbcUrl(TestDatabase.url())
                                .principal(new NamePrincipal(TestDatabase.user()))
                                .credential(new SimplePassword(TestDatabase.password()))));
  }
}

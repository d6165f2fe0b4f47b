package eu.aimarket.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the pool unable to
 * hand out a connection in time) from a fault of the request or of the code. The first is temporary
 * and worth retrying, so it is answered 503 with Retry-After rather than 500.
 */
public final class DatabaseUnavailable {

  /** How long a client should wait before trying again: about what a database restart takes. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** The connection pool raises its acquisition timeouts from this class, without an SQL state. */
  private static final String CONNECTION_POOL = "io.agroal.pool.ConnectionPool";

  private DatabaseUnavailable() {}

  /**
   * Is the database's unavailability somewhere in this failure's causes? The suppressed exceptions
   * count too: a failed commit reports the connection's failure as one (the transaction manager's
   * RollbackException carries the resource's XAException that way).
   */
  public static boolean causedBy(Throwable failure) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (failure != null) {
      pending.add(failure);
    }
    while (!pending.isEmpty() && seen.size() < 64) {
      Throwable next = pending.poll();
      if (!seen.add(next)) {
        continue;
      }
      if (isConnectionFailure(next)) {
        return true;
      }
      if (next.getCause() != null) {
        pending.add(next.getCause());
      }
      pending.addAll(Arrays.asList(next.getSuppressed()));
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable cause) {
    if (cause instanceof JDBCConnectionException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (!(cause instanceof SQLException sql)) {
      return false;
    }
    String state = sql.getSQLState();
    if (state != null) {
      // Class 08 is "connection exception"; 57P01-57P03 are PostgreSQL's "the server is shutting
      // down, crashed or is not yet accepting connections".
      return state.startsWith("08") || state.startsWith("57P0");
    }
    StackTraceElement[] frames = sql.getStackTrace();
    return frames.length > 0 && CONNECTION_POOL.equals(frames[0].getClassName());
  }
}

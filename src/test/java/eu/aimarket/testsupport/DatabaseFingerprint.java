package eu.aimarket.testsupport;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A digest of every row of every application table, to prove that a refused request wrote nothing:
 * compare the digest taken just before the request with the one after it.
 */
@ApplicationScoped
public class DatabaseFingerprint {

  private final DataSource database;

  DatabaseFingerprint(DataSource database) {
    this.database = database;
  }

  /** Per table, its row count and a digest of its rows. */
  public Map<String, String> take() {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema ="
                  + " current_schema() and table_type = 'BASE TABLE' and table_name not in"
                  + " ('flyway_schema_history', 'scheduled_job', 'scheduled_job_run')")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      Map<String, String> digests = new TreeMap<>();
      for (String table : tables) {
        try (ResultSet rows =
            statement.executeQuery(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by"
                    + " t::text)), '') from \""
                    + table
                    + "\" t")) {
          rows.next();
          digests.put(table, rows.getString(1));
        }
      }
      return digests;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's state", e);
    }
  }

  /**
   * A RestAssured filter that fails when the request changed any table, and says which; it reads
   * the state right before the request, after whatever the test prepared.
   */
  public Filter unchanged(String description) {
    return new Filter() {
      @Override
      public Response filter(
          FilterableRequestSpecification request,
          FilterableResponseSpecification response,
          FilterContext context) {
        Map<String, String> before = take();
        Response answer = context.next(request, response);
        Map<String, String> after = take();
        List<String> changed =
            before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
        if (!changed.isEmpty()) {
          throw new AssertionError(description + " changed the tables " + changed);
        }
        return answer;
      }
    };
  }
}

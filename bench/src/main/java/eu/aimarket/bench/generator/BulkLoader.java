package eu.aimarket.bench.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.demand.RequirementView;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads a generated catalogue into a PostgreSQL schema laid out by the application's own Flyway
 * migrations, with COPY rather than one insert per row: organisations, supplier profiles and their
 * laws, offerings and their element tables, sovereignty claims, the catalogue history the snapshot
 * reads ({@code catalog_version}, {@code offering_revision}), and open requirements with their
 * revisions. The packaged application started on that schema sees exactly the generated data.
 */
public final class BulkLoader {

  /** Rows are sent to the server in chunks of about this many bytes. */
  private static final int CHUNK_BYTES = 4 << 20;

  /** Reads and writes revisions as the application does (ISO dates, strict on unknown fields). */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** How the requirement module stores must-haves, nice-to-haves and revisions. */
  private static final ObjectMapper REQUIREMENT_JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final String schema;

  public BulkLoader(String databaseUrl, String user, String password, String schema) {
    this.jdbcUrl = schemaUrl(databaseUrl, schema);
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  /** The JDBC URL that makes {@code schema} the connection's default. */
  public static String schemaUrl(String databaseUrl, String schema) {
    return databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** What a load wrote, for the report. */
  public record LoadReport(long rows, long bytes, long millis) {}

  /**
   * Empties the schema, migrates it with the application's migrations, and loads everything in one
   * transaction: a failed load leaves nothing half-written.
   */
  public LoadReport load(
      GeneratedCatalogue catalogue, List<Rows.Buyer> buyers, List<RequirementView> requirements)
      throws SQLException {
    long started = System.nanoTime();
    Flyway flyway = flyway();
    flyway.clean();
    flyway.migrate();
    Counter counter = new Counter();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
      connection.setAutoCommit(false);
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy(
          copy,
          "organisation (id, legal_name, registration_id, country, website, kind, version,"
              + " created_at, updated_at)",
          catalogue.suppliers(),
          s ->
              row(
                  s.id(),
                  s.legalName(),
                  s.registrationId(),
                  s.country(),
                  s.website(),
                  "SUPPLIER",
                  0,
                  s.createdAt(),
                  s.createdAt()),
          counter);
      copy(
          copy,
          "organisation (id, legal_name, registration_id, country, website, kind, version,"
              + " created_at, updated_at)",
          buyers,
          b ->
              row(
                  b.id(),
                  b.legalName(),
                  b.registrationId(),
                  b.country(),
                  null,
                  "BUYER",
                  0,
                  b.createdAt(),
                  b.createdAt()),
          counter);
      copy(
          copy,
          "supplier_profile (organisation_id, headquarters_country, controlling_entity,"
              + " control_country, non_eu_ownership_percent, eu_presence, sme, version,"
              + " updated_at)",
          catalogue.suppliers(),
          s ->
              row(
                  s.id(),
                  s.headquartersCountry(),
                  s.controllingEntity(),
                  s.controlCountry(),
                  s.nonEuOwnershipPercent(),
                  s.euPresence().name(),
                  s.sme(),
                  0,
                  s.createdAt()),
          counter);
      copyElements(
          copy,
          "supplier_extraterritorial_law (supplier_id, law)",
          catalogue.suppliers(),
          Rows.Supplier::id,
          Rows.Supplier::extraterritorialLaws,
          counter);
      copy(
          copy,
          "offering (id, supplier_id, name, description, category, open_weights, licence,"
              + " pricing_model, price_eur, price_unit, hardware_vendor_country,"
              + " renewable_energy_percent, pue, status, version, created_at, updated_at)",
          catalogue.offerings(),
          o ->
              row(
                  o.id(),
                  o.supplierId(),
                  o.name(),
                  o.description(),
                  o.category().name(),
                  o.openWeights(),
                  o.licence(),
                  o.pricingModel().name(),
                  o.priceEur() == null ? null : o.priceEur().toPlainString(),
                  o.priceUnit(),
                  o.hardwareVendorCountry(),
                  o.renewableEnergyPercent(),
                  o.pue() == null ? null : o.pue().toPlainString(),
                  o.status().name(),
                  0,
                  o.createdAt(),
                  o.createdAt()),
          counter);
      List<Rows.Offering> offerings = catalogue.offerings();
      copyElements(
          copy,
          "offering_deployment_model (offering_id, deployment_model)",
          offerings,
          Rows.Offering::id,
          Rows.Offering::deploymentModels,
          counter);
      copyElements(
          copy,
          "offering_storage_country (offering_id, country)",
          offerings,
          Rows.Offering::id,
          Rows.Offering::dataStorageCountries,
          counter);
      copyElements(
          copy,
          "offering_processing_country (offering_id, country)",
          offerings,
          Rows.Offering::id,
          Rows.Offering::dataProcessingCountries,
          counter);
      copyElements(
          copy,
          "offering_support_country (offering_id, country)",
          offerings,
          Rows.Offering::id,
          Rows.Offering::supportCountries,
          counter);
      copyElements(
          copy,
          "offering_language (offering_id, language)",
          offerings,
          Rows.Offering::id,
          Rows.Offering::languages,
          counter);
      copyElements(
          copy,
          "offering_certification (offering_id, certification)",
          offerings,
          Rows.Offering::id,
          Rows.Offering::certifications,
          counter);
      String claimColumns =
          "sovereignty_claim (id, supplier_id, offering_id, attribute, status, evidence_url,"
              + " verified_by, verified_at, expires_at, note, updated_at)";
      copy(
          copy,
          claimColumns,
          catalogue.suppliers().stream()
              .flatMap(s -> s.claims().stream().map(c -> claimRow(c, s.id(), null))),
          counter);
      copy(
          copy,
          claimColumns,
          offerings.stream().flatMap(o -> o.claims().stream().map(c -> claimRow(c, null, o.id()))),
          counter);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("update catalog_version set version = 1, updated_at = now()");
      }
      copy(
          copy,
          "offering_revision (offering_id, catalog_version, status, data, recorded_at)",
          catalogue.allViews().map(v -> row(v.id(), 1, v.status().name(), json(JSON, v), now)),
          counter);
      copy(
          copy,
          "requirement (id, buyer_organisation_id, title, description, category, budget_max_eur,"
              + " budget_unit, data_sensitivity, buyer_type, deadline, status, policy_id,"
              + " must_haves, nice_to_haves, version, created_by, created_at, updated_at)",
          requirements,
          r ->
              row(
                  r.id(),
                  r.buyer().id(),
                  r.title(),
                  r.description(),
                  r.category().name(),
                  r.budgetMaxEur() == null ? null : r.budgetMaxEur().toPlainString(),
                  r.budgetUnit(),
                  r.dataSensitivity().name(),
                  r.buyerType().name(),
                  r.deadline(),
                  r.status().name(),
                  r.policyId(),
                  json(REQUIREMENT_JSON, r.mustHaves()),
                  json(REQUIREMENT_JSON, r.niceToHaves()),
                  r.version(),
                  "bench",
                  r.createdAt(),
                  r.updatedAt()),
          counter);
      copy(
          copy,
          "requirement_revision (requirement_id, version, data, recorded_at)",
          requirements,
          r -> row(r.id(), r.version(), json(REQUIREMENT_JSON, r), r.updatedAt()),
          counter);
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("analyze");
      }
      checkRoundTrip(connection, catalogue.allViews().findFirst().orElseThrow());
    }
    return new LoadReport(counter.rows, counter.bytes, (System.nanoTime() - started) / 1_000_000);
  }

  /** Whether the schema has every migration of the application applied, and no other. */
  public boolean upToDate() {
    return flyway().info().pending().length == 0
        && flyway().validateWithResult().validationSuccessful;
  }

  private Flyway flyway() {
    return Flyway.configure()
        .dataSource(jdbcUrl, user, password)
        .schemas(schema)
        .defaultSchema(schema)
        .locations("classpath:db/migration")
        .cleanDisabled(false)
        .load();
  }

  /** The published offerings a schema holds, or -1 when it has no catalogue at all. */
  public static long publishedOfferings(
      String databaseUrl, String user, String password, String schema) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(schemaUrl(databaseUrl, schema), user, password);
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from information_schema.tables"
                    + " where table_schema = ? and table_name = 'offering'")) {
      statement.setString(1, schema);
      try (ResultSet tables = statement.executeQuery()) {
        tables.next();
        if (tables.getLong(1) == 0) {
          return -1;
        }
      }
      try (Statement count = connection.createStatement();
          ResultSet result =
              count.executeQuery("select count(*) from offering where status = 'PUBLISHED'")) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** The application must read back exactly what was generated; one offering proves the format. */
  private static void checkRoundTrip(Connection connection, OfferingView expected)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select data from offering_revision where offering_id = ?")) {
      statement.setObject(1, expected.id());
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          throw new IllegalStateException("The revision of " + expected.id() + " is missing");
        }
        OfferingView read = JSON.readValue(result.getString(1), OfferingView.class);
        if (!read.equals(expected)) {
          throw new IllegalStateException(
              "The stored revision reads back differently:\n" + read + "\n" + expected);
        }
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("The stored revision does not parse", e);
      }
    }
  }

  private static String claimRow(Rows.Claim c, UUID supplierId, UUID offeringId) {
    ClaimAttribute attribute = c.attribute();
    return row(
        c.id(),
        supplierId,
        offeringId,
        attribute.name(),
        c.status().name(),
        c.evidenceUrl(),
        c.verifiedBy(),
        c.verifiedAt(),
        c.expiresAt(),
        null,
        c.updatedAt());
  }

  private static <T> void copyElements(
      CopyManager copy,
      String table,
      Collection<T> owners,
      Function<T, UUID> id,
      Function<T, Collection<?>> elements,
      Counter counter)
      throws SQLException {
    copy(
        copy,
        table,
        owners.stream()
            .flatMap(
                owner ->
                    elements.apply(owner).stream()
                        .map(e -> row(id.apply(owner), e instanceof Enum<?> n ? n.name() : e))),
        counter);
  }

  private static <T> void copy(
      CopyManager copy,
      String table,
      Collection<T> items,
      Function<T, String> toRow,
      Counter counter)
      throws SQLException {
    copy(copy, table, items.stream().map(toRow), counter);
  }

  /** Streams the rows to the server: a million offerings never sit in memory as text at once. */
  private static void copy(CopyManager copy, String table, Stream<String> rows, Counter counter)
      throws SQLException {
    CopyIn in = copy.copyIn("copy " + table + " from stdin with (format csv)");
    try {
      StringBuilder chunk = new StringBuilder(CHUNK_BYTES + 65_536);
      for (java.util.Iterator<String> it = rows.iterator(); it.hasNext(); ) {
        chunk.append(it.next());
        counter.rows++;
        if (chunk.length() >= CHUNK_BYTES) {
          counter.bytes += send(in, chunk);
        }
      }
      counter.bytes += send(in, chunk);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static long send(CopyIn in, StringBuilder chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
    return bytes.length;
  }

  /** One CSV line; null is an empty unquoted field, every text is quoted. */
  static String row(Object... values) {
    StringBuilder line = new StringBuilder(128);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      Object value = values[i];
      if (value == null) {
        continue;
      }
      if (value instanceof Number || value instanceof Boolean) {
        line.append(value);
      } else {
        line.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
      }
    }
    return line.append('\n').toString();
  }

  private static String json(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static final class Counter {
    long rows;
    long bytes;
  }
}

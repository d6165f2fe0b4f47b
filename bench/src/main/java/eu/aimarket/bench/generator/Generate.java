package eu.aimarket.bench.generator;

import eu.aimarket.demand.RequirementView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Generates the seeded catalogue and requirements of one size and bulk-loads them into a PostgreSQL
 * schema; writes what it did as one line of JSON for the report.
 *
 * <p>Usage: {@code Generate --offerings N --requirements M --schema NAME --report FILE [--reuse]}
 * ({@code --reuse} keeps a schema that already holds N published offerings and whose load report
 * exists); the database comes from {@code BENCH_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/aimarket_bench}), {@code BENCH_DB_USER} (default {@code
 * postgres}) and {@code BENCH_DB_PASSWORD} (default empty).
 */
public final class Generate {

  private Generate() {}

  public static void main(String[] args) throws SQLException, IOException {
    int offerings = Integer.parseInt(option(args, "--offerings", "10000"));
    int requirementCount = Integer.parseInt(option(args, "--requirements", "1000"));
    String schema = option(args, "--schema", "bench_" + offerings);
    String report = option(args, "--report", null);
    long seed = Long.parseLong(option(args, "--seed", "20260101"));
    boolean reuse = List.of(args).contains("--reuse");
    BulkLoader loader = new BulkLoader(databaseUrl(), databaseUser(), databasePassword(), schema);
    if (reuse
        && report != null
        && Files.exists(Path.of(report))
        && BulkLoader.publishedOfferings(databaseUrl(), databaseUser(), databasePassword(), schema)
            == offerings
        && loader.upToDate()) {
      System.out.println("Schema " + schema + " already holds the catalogue: " + report);
      return;
    }

    long started = System.nanoTime();
    GeneratedCatalogue catalogue = new CatalogueGenerator(seed).generate(offerings);
    RequirementGenerator requirements = new RequirementGenerator(seed);
    List<Rows.Buyer> buyers = requirements.buyers(requirementCount);
    List<RequirementView> open = requirements.generate(requirementCount, buyers);
    long generatedMillis = (System.nanoTime() - started) / 1_000_000;

    BulkLoader.LoadReport load = loader.load(catalogue, buyers, open);
    String line =
        String.format(
            Locale.ROOT,
            "{\"offerings\": %d, \"allOfferings\": %d, \"suppliers\": %d, \"requirements\": %d,"
                + " \"schema\": \"%s\", \"generateMillis\": %d, \"loadMillis\": %d, \"rows\": %d,"
                + " \"bytes\": %d}",
            offerings,
            catalogue.offerings().size(),
            catalogue.suppliers().size(),
            open.size(),
            schema,
            generatedMillis,
            load.millis(),
            load.rows(),
            load.bytes());
    write(report, line);
  }

  private static void write(String report, String line) throws IOException {
    System.out.println(line);
    if (report != null) {
      Path path = Path.of(report);
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, line + System.lineSeparator());
    }
  }

  public static String databaseUrl() {
    return env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/aimarket_bench");
  }

  public static String databaseUser() {
    return env("BENCH_DB_USER", "postgres");
  }

  public static String databasePassword() {
    return env("BENCH_DB_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}

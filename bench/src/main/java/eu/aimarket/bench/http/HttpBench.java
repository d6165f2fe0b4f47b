package eu.aimarket.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.bench.generator.BenchPolicies;
import eu.aimarket.bench.generator.BulkLoader;
import eu.aimarket.bench.generator.Generate;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The HTTP side of issue 7, against the packaged application in its prod profile on the bench
 * PostgreSQL schema of 100,000 offerings: start-up to ready, resident memory once the snapshot is
 * built, latency at a constant rate (match endpoint, catalogue search, catalogue page and a trivial
 * JSON endpoint as the ceiling, all in one run), closed-loop throughput of the same endpoints, and
 * the platform policy preview over every open requirement. Writes the figures as a properties file
 * that {@code ResultsReport} reads.
 *
 * <p>Usage: {@code HttpBench [--quick] --app PATH/quarkus-run.jar --schema bench_100000 --out FILE
 * --log FILE}; the database comes from {@code BENCH_DB_URL}, {@code BENCH_DB_USER} and {@code
 * BENCH_DB_PASSWORD} as for the generator. {@code BENCH_APP_JAVA_OPTS} replaces the application's
 * JVM options.
 */
public final class HttpBench {

  /**
   * The JVM options the application runs with unless {@code BENCH_APP_JAVA_OPTS} says others. The
   * live heap with the 100,000-offering snapshot and the policies evaluated over it is about 225 MB
   * (a class histogram after the first rankings); a catalogue change holds the old snapshot and the
   * one being built at once, and the serial collector's old generation is two thirds of the heap,
   * so 768 MB leaves room for both without back-to-back full collections. With 384 MB the live set
   * under load (about 330 MB) filled the old generation and the application spent most of its time
   * in full collections. Before the snapshot was built from a stream, it needed 2 GB.
   */
  static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -Xmx768m";

  static final String BUYER = "bench-buyer";
  static final String ADMIN = "bench-admin";
  public static final double RATE_PER_SECOND = 20;
  public static final int CONNECTIONS = 4;

  /** The catalogue page: LLM APIs in one language. */
  public static final String PAGE_PATH = "/catalogue?category=LLM_API";

  private static final String[] LANGUAGES = {"de", "fr", "it", "es", "nl", "pl"};

  private HttpBench() {}

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path app = Path.of(option(args, "--app", "../target/quarkus-app/quarkus-run.jar"));
    String schema = option(args, "--schema", "bench_100000");
    Path out = Path.of(option(args, "--out", "target/results/http.properties"));
    Path log = Path.of(option(args, "--log", "target/results/app.log"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Duration warmUp = Duration.ofSeconds(quick ? 5 : 20);
    Duration constantRun = Duration.ofSeconds(quick ? 20 : 60);
    Duration closedRun = Duration.ofSeconds(quick ? 8 : 20);
    int previews = quick ? 1 : 3;

    String jdbcUrl = BulkLoader.schemaUrl(Generate.databaseUrl(), schema);
    List<UUID[]> requirements = requirementsWithBuyerMember(jdbcUrl);
    Properties figures = new Properties();
    String javaOpts = env("BENCH_APP_JAVA_OPTS", DEFAULT_JAVA_OPTS);
    figures.setProperty("app.javaOpts", javaOpts);
    figures.setProperty("offerings", Long.toString(publishedOfferings(jdbcUrl)));

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (BenchOidcProvider oidc = BenchOidcProvider.start();
        PackagedApp running =
            PackagedApp.start(
                app, List.of(javaOpts.trim().split("\\s+")), appEnvironment(jdbcUrl, oidc), log)) {
      double readyMillis = running.awaitReady(client, Duration.ofMinutes(3));
      figures.setProperty("startup.readyMillis", format(readyMillis));
      System.out.printf(Locale.ROOT, "ready after %.0f ms%n", readyMillis);

      URI base = running.base();
      String buyerToken = "Bearer " + oidc.token(BUYER, Set.of("buyer"));
      String adminToken = "Bearer " + oidc.token(ADMIN, Set.of("admin"));

      IntFunction<HttpRequest> match =
          i -> {
            UUID requirement = requirements.get(i % requirements.size())[0];
            return HttpRequest.newBuilder(
                    base.resolve("/api/v1/requirements/" + requirement + "/matches"))
                .header("Authorization", buyerToken)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
          };
      IntFunction<HttpRequest> search =
          i ->
              get(
                  base,
                  "/api/v1/offerings?category=LLM_API&language="
                      + LANGUAGES[i % LANGUAGES.length]
                      + "&limit=20");
      IntFunction<HttpRequest> page =
          i -> get(base, PAGE_PATH + "&language=" + LANGUAGES[i % LANGUAGES.length]);
      IntFunction<HttpRequest> ceiling = i -> get(base, "/api/v1/reference/categories");
      Map<String, IntFunction<HttpRequest>> endpoints = new LinkedHashMap<>();
      endpoints.put("match", match);
      endpoints.put("search", search);
      endpoints.put("ceiling", ceiling);
      Map<String, Integer> expected =
          Map.of("match", 201, "search", 200, "page", 200, "ceiling", 200);

      // The first ranking waits for the snapshot if the background build has not finished yet.
      // The application answers 503 with Retry-After while the snapshot is still being built
      // after its longest wait; a client comes back when told to, and the time counts.
      long firstRanking = System.nanoTime();
      HttpResponse<String> first =
          client.send(match.apply(0), HttpResponse.BodyHandlers.ofString());
      while (first.statusCode() == 503
          && System.nanoTime() - firstRanking < Duration.ofMinutes(3).toNanos()) {
        long seconds = first.headers().firstValueAsLong("Retry-After").orElse(1);
        System.out.printf(Locale.ROOT, "first ranking: 503, trying again in %d s%n", seconds);
        Thread.sleep(seconds * 1000);
        first = client.send(match.apply(0), HttpResponse.BodyHandlers.ofString());
      }
      if (first.statusCode() != 201) {
        throw new IllegalStateException(
            "The first ranking answered " + first.statusCode() + ": " + first.body());
      }
      figures.setProperty(
          "startup.firstRankingMillis", format((System.nanoTime() - firstRanking) / 1e6));
      figures.setProperty("rss.afterFirstRankingKib", Long.toString(running.memoryKib("VmRSS")));

      // The page is measured only if it works at this size at all; the report says when not. It is
      // probed after the first ranking, which waited for the catalogue snapshot the page reads.
      HttpResponse<String> pageProbe =
          client.send(page.apply(0), HttpResponse.BodyHandlers.ofString());
      figures.setProperty("page.status", Integer.toString(pageProbe.statusCode()));
      if (pageProbe.statusCode() == 200) {
        endpoints.remove("ceiling");
        endpoints.put("page", page);
        endpoints.put("ceiling", ceiling);
      }

      LoadGenerator load = new LoadGenerator(client);
      for (Map.Entry<String, IntFunction<HttpRequest>> endpoint : endpoints.entrySet()) {
        LoadGenerator.Throughput warm =
            load.maxThroughput(endpoint.getValue(), expected.get(endpoint.getKey()), 2, warmUp);
        report(endpoint.getKey() + " warm-up", warm.errors(), warm.firstError());
      }
      for (Map.Entry<String, IntFunction<HttpRequest>> endpoint : endpoints.entrySet()) {
        String name = endpoint.getKey();
        LoadGenerator.Latencies latencies =
            load.constantRate(
                endpoint.getValue(), expected.get(name), RATE_PER_SECOND, constantRun);
        report(name, latencies.errors(), latencies.firstError());
        figures.setProperty(name + ".errors", Integer.toString(latencies.errors()));
        figures.setProperty(name + ".requests", Integer.toString(latencies.sortedMillis().length));
        figures.setProperty(name + ".rate", format(latencies.achievedRate()));
        for (int p : new int[] {50, 95, 99}) {
          figures.setProperty(name + ".p" + p, format(latencies.percentile(p)));
        }
        figures.setProperty(name + ".max", format(latencies.percentile(100)));
        System.out.printf(
            Locale.ROOT,
            "%s at %.0f/s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
            name,
            RATE_PER_SECOND,
            latencies.percentile(50),
            latencies.percentile(95),
            latencies.percentile(99));
      }
      for (Map.Entry<String, IntFunction<HttpRequest>> endpoint : endpoints.entrySet()) {
        String name = endpoint.getKey();
        LoadGenerator.Throughput throughput =
            load.maxThroughput(endpoint.getValue(), expected.get(name), CONNECTIONS, closedRun);
        report(name + " throughput", throughput.errors(), throughput.firstError());
        figures.setProperty(name + ".throughput", format(throughput.perSecond()));
        figures.setProperty(name + ".throughputErrors", Integer.toString(throughput.errors()));
        System.out.printf(
            Locale.ROOT,
            "%s: %.0f answers/s with %d connections%n",
            name,
            throughput.perSecond(),
            CONNECTIONS);
      }

      preview(client, base, adminToken, jdbcUrl, previews, figures);
      figures.setProperty("rss.endKib", Long.toString(running.memoryKib("VmRSS")));
      figures.setProperty("rss.peakKib", Long.toString(running.memoryKib("VmHWM")));
    }
    try (Writer writer = Files.newBufferedWriter(out)) {
      figures.store(writer, "HTTP benchmark figures (bench/run)");
    }
    System.out.println("Wrote " + out.toAbsolutePath());
  }

  /**
   * Previews the 20-rule bench policy as a draft of the platform's "Sovereignty first" policy, as
   * an admin, over every open requirement: each is ranked under both. The first call also warms up.
   */
  private static void preview(
      HttpClient client,
      URI base,
      String adminToken,
      String jdbcUrl,
      int measured,
      Properties figures)
      throws IOException, InterruptedException, SQLException {
    UUID policy = platformPolicy(jdbcUrl);
    ObjectMapper json = new ObjectMapper();
    String body = json.writeValueAsString(Map.of("rules", BenchPolicies.TWENTY_RULES));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/policies/" + policy + "/preview"))
            .header("Authorization", adminToken)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(5))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    List<Double> times = new ArrayList<>();
    for (int run = 0; run <= measured; run++) {
      long started = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      double millis = (System.nanoTime() - started) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The preview answered " + response.statusCode() + ": " + response.body());
      }
      int compared = json.readTree(response.body()).path("requirementsCompared").asInt();
      figures.setProperty("preview.requirements", Integer.toString(compared));
      System.out.printf(
          Locale.ROOT,
          "preview %s: %d requirements in %.0f ms%n",
          run == 0 ? "(first)" : "#" + run,
          compared,
          millis);
      if (run == 0) {
        figures.setProperty("preview.firstMillis", format(millis));
      } else {
        times.add(millis);
      }
    }
    times.sort(Double::compare);
    figures.setProperty("preview.medianMillis", format(times.get(times.size() / 2)));
    figures.setProperty("preview.runs", Integer.toString(times.size()));
  }

  /**
   * Up to 100 open requirements with their buyer organisations, and a buyer membership of the bench
   * user in each of those organisations: the match endpoint ranks only for the requirement's own
   * buyers. Idempotent, so a reused schema keeps working.
   */
  static List<UUID[]> requirementsWithBuyerMember(String jdbcUrl) throws SQLException {
    List<UUID[]> requirements = new ArrayList<>();
    try (Connection connection = connect(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id, buyer_organisation_id from requirement where status = 'OPEN'"
                    + " order by id limit 100")) {
      while (rows.next()) {
        requirements.add(new UUID[] {rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)});
      }
    }
    if (requirements.isEmpty()) {
      throw new IllegalStateException("No open requirement in " + jdbcUrl + ": run the generator");
    }
    try (Connection connection = connect(jdbcUrl);
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into membership (id, organisation_id, subject, role, created_at, label,"
                    + " added_by) values (?, ?, ?, 'BUYER', now(), 'Bench buyer', 'bench')"
                    + " on conflict do nothing")) {
      for (UUID[] requirement : requirements) {
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, requirement[1]);
        insert.setString(3, BUYER);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return requirements;
  }

  private static UUID platformPolicy(String jdbcUrl) throws SQLException {
    try (Connection connection = connect(jdbcUrl);
        PreparedStatement statement =
            connection.prepareStatement(
                "select id from incentive_policy where scope = 'PLATFORM' and name = ?")) {
      statement.setString(1, "Sovereignty first");
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("The platform policy 'Sovereignty first' is missing");
        }
        return rows.getObject(1, UUID.class);
      }
    }
  }

  private static long publishedOfferings(String jdbcUrl) throws SQLException {
    try (Connection connection = connect(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select count(*) from offering where status = 'PUBLISHED'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * The prod profile's settings from the environment, as a deployment gives them: the bench schema
   * (already laid out by the application's migrations, so Flyway does not run at start), this
   * provider, fresh secrets, and a write limit the 20 requests/s of one bench buyer stay under.
   */
  static Map<String, String> appEnvironment(String jdbcUrl, BenchOidcProvider oidc) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DB_JDBC_URL", jdbcUrl);
    env.put("DB_USER", Generate.databaseUser());
    env.put("DB_PASSWORD", Generate.databasePassword());
    env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
    env.put("OIDC_AUTH_SERVER_URL", oidc.issuer());
    env.put("OIDC_CLIENT_ID", BenchOidcProvider.CLIENT_ID);
    env.put("OIDC_CLIENT_SECRET", secret());
    env.put("SESSION_ENCRYPTION_SECRET", secret());
    env.put("CSRF_SIGNATURE_KEY", secret());
    env.put("AIMARKET_ACCOUNT_PROVISIONING", "none");
    env.put("AIMARKET_WRITE_LIMIT", "1000000");
    return env;
  }

  private static HttpRequest get(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
  }

  /**
   * Unexpected answers are figures too (an overloaded endpoint that fails fast would otherwise look
   * fast): they are counted into the results and reported, and the run goes on.
   */
  private static void report(String what, int errors, String firstError) {
    if (errors > 0) {
      System.out.println(what + ": " + errors + " unexpected answers, the first: " + firstError);
    }
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl, Generate.databaseUser(), Generate.databasePassword());
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
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

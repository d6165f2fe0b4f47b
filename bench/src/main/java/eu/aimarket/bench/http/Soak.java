package eu.aimarket.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.aimarket.bench.generator.BulkLoader;
import eu.aimarket.bench.generator.Generate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of issue 10: simulated users against the packaged application in its prod profile on a
 * bench schema, for a fixed time, each one browsing the catalogue page, searching the API, opening
 * offerings, running matches as a buyer or updating its own offering as a supplier, with a think
 * time between actions. It counts every unexpected answer as an error, reports p50/p95/p99 per
 * action and overall, and compares the live heap after a full GC before and after the measured
 * period (read with {@code jcmd GC.run} and {@code GC.heap_info} from the application's process).
 *
 * <p>The users are closed loops with think time, as people are: each waits for its answer, thinks,
 * then acts again. Latency is timed from the moment a request is sent.
 *
 * <p>Usage: {@code Soak --app PATH/quarkus-run.jar [--schema bench_10000] [--users 200] [--minutes
 * 10] [--warm-up-seconds 60] [--think-millis 2000] --out soak.md --results RESULTS.md --log
 * app.log}. The database comes from {@code BENCH_DB_URL} as for the generator; {@code
 * BENCH_APP_JAVA_OPTS} replaces the application's JVM options.
 */
public final class Soak {

  /** What simulated users do, with the share of their actions. */
  enum Action {
    CATALOGUE_PAGE(30),
    OFFERING_PAGE(10),
    SEARCH(30),
    MATCH(15),
    UPDATE(15);

    final int weight;

    Action(int weight) {
      this.weight = weight;
    }

    static Action pick(Random random) {
      int roll = random.nextInt(100);
      for (Action action : values()) {
        roll -= action.weight;
        if (roll < 0) {
          return action;
        }
      }
      throw new IllegalStateException("Action weights do not add up to 100");
    }
  }

  static final String START_MARKER = "<!-- soak:start -->";
  static final String END_MARKER = "<!-- soak:end -->";

  private static final String[] CATEGORIES = {
    "LLM_API", "HOSTED_OPEN_MODEL", "AI_PLATFORM", "GPU_COMPUTE", "AI_CHIP"
  };
  private static final String[] LANGUAGES = {"de", "fr", "it", "es", "nl", "pl"};
  private static final Pattern HEAP_LINE =
      Pattern.compile("^\\s*[a-z -]+?\\s+total (\\d+)K, used (\\d+)K", Pattern.MULTILINE);

  private final HttpClient client;
  private final URI base;
  private final String buyerToken;
  private final List<UUID> requirements;
  private final List<UUID> publishedOfferings;
  private final ObjectMapper json = new ObjectMapper();

  private Soak(
      HttpClient client,
      URI base,
      String buyerToken,
      List<UUID> requirements,
      List<UUID> publishedOfferings) {
    this.client = client;
    this.base = base;
    this.buyerToken = buyerToken;
    this.requirements = requirements;
    this.publishedOfferings = publishedOfferings;
  }

  public static void main(String[] args) throws Exception {
    Path app = Path.of(option(args, "--app", "../target/quarkus-app/quarkus-run.jar"));
    String schema = option(args, "--schema", "bench_10000");
    int users = Integer.parseInt(option(args, "--users", "200"));
    double minutes = Double.parseDouble(option(args, "--minutes", "10"));
    int warmUpSeconds = Integer.parseInt(option(args, "--warm-up-seconds", "60"));
    int thinkMillis = Integer.parseInt(option(args, "--think-millis", "2000"));
    Path out = Path.of(option(args, "--out", "soak.md"));
    Path results = Path.of(option(args, "--results", "RESULTS.md"));
    Path log = Path.of(option(args, "--log", "target/results/soak-app.log"));
    Files.createDirectories(log.toAbsolutePath().getParent());

    String jdbcUrl = BulkLoader.schemaUrl(Generate.databaseUrl(), schema);
    List<UUID> requirements = new ArrayList<>();
    for (UUID[] requirement : HttpBench.requirementsWithBuyerMember(jdbcUrl)) {
      requirements.add(requirement[0]);
    }
    List<UUID> ownOfferings = supplierMembers(jdbcUrl, users);
    List<UUID> published = publishedSample(jdbcUrl, 2000);
    String javaOpts = System.getenv().getOrDefault("BENCH_APP_JAVA_OPTS", "");
    if (javaOpts.isBlank()) {
      javaOpts = HttpBench.DEFAULT_JAVA_OPTS;
    }

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (BenchOidcProvider oidc = BenchOidcProvider.start();
        PackagedApp running =
            PackagedApp.start(
                app,
                List.of(javaOpts.trim().split("\\s+")),
                HttpBench.appEnvironment(jdbcUrl, oidc),
                log)) {
      double readyMillis = running.awaitReady(client, Duration.ofMinutes(3));
      System.out.printf(Locale.ROOT, "ready after %.0f ms%n", readyMillis);
      Soak soak =
          new Soak(
              client,
              running.base(),
              "Bearer " + oidc.token(HttpBench.BUYER, Set.of("buyer")),
              requirements,
              published);
      List<String> supplierTokens = new ArrayList<>();
      for (int user = 0; user < users; user++) {
        supplierTokens.add("Bearer " + oidc.token(supplierSubject(user), Set.of("supplier")));
      }

      System.out.printf(Locale.ROOT, "warm-up: %d users for %d s%n", users, warmUpSeconds);
      Tally warmUp =
          soak.run(
              users, Duration.ofSeconds(warmUpSeconds), thinkMillis, ownOfferings, supplierTokens);
      System.out.printf(
          Locale.ROOT, "warm-up: %d requests, %d errors%n", warmUp.count(), warmUp.errors.get());
      long heapBeforeKib = liveHeapKib(running.pid());
      long rssBeforeKib = running.memoryKib("VmRSS");
      System.out.printf(Locale.ROOT, "live heap after a full GC: %d KiB%n", heapBeforeKib);

      Duration measured = Duration.ofMillis((long) (minutes * 60_000));
      System.out.printf(Locale.ROOT, "soak: %d users for %s%n", users, measured);
      long started = System.nanoTime();
      Tally soakTally = soak.run(users, measured, thinkMillis, ownOfferings, supplierTokens);
      double seconds = (System.nanoTime() - started) / 1e9;
      long heapAfterKib = liveHeapKib(running.pid());
      long rssAfterKib = running.memoryKib("VmRSS");
      System.out.printf(Locale.ROOT, "live heap after a full GC: %d KiB%n", heapAfterKib);

      String section =
          section(
              schema,
              published.size(),
              users,
              measured,
              warmUpSeconds,
              thinkMillis,
              javaOpts,
              soakTally,
              seconds,
              heapBeforeKib,
              heapAfterKib,
              rssBeforeKib,
              rssAfterKib);
      Files.writeString(out, section);
      splice(results, section);
      System.out.println(section);
      if (soakTally.errors.get() > 0) {
        System.out.println("first errors: " + soakTally.firstErrors);
      }
    }
  }

  /** Runs {@code users} simulated users for {@code duration} and tallies what they saw. */
  private Tally run(
      int users,
      Duration duration,
      int thinkMillis,
      List<UUID> ownOfferings,
      List<String> supplierTokens)
      throws InterruptedException {
    Tally tally = new Tally();
    long end = System.nanoTime() + duration.toNanos();
    CountDownLatch done = new CountDownLatch(users);
    for (int user = 0; user < users; user++) {
      int index = user;
      Thread thread =
          new Thread(
              () -> {
                Random random = new Random(20261129L + index);
                try {
                  // Users arrive spread over one think time rather than all in the same instant.
                  Thread.sleep(random.nextInt(Math.max(1, thinkMillis)));
                  while (System.nanoTime() < end) {
                    Action action = Action.pick(random);
                    act(action, random, ownOfferings.get(index), supplierTokens.get(index), tally);
                    Thread.sleep(thinkTime(random, thinkMillis));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "soak-user-" + user);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    return tally;
  }

  /** Think times exponentially distributed around the mean, capped at five times it. */
  private static long thinkTime(Random random, int meanMillis) {
    double draw = -Math.log(1 - random.nextDouble()) * meanMillis;
    return (long) Math.min(draw, 5.0 * meanMillis);
  }

  private void act(
      Action action, Random random, UUID ownOffering, String supplierToken, Tally tally)
      throws InterruptedException {
    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
    switch (action) {
      case CATALOGUE_PAGE ->
          timed(
              action,
              get("/catalogue?category=" + category + "&language=" + language, null),
              200,
              tally);
      case OFFERING_PAGE ->
          timed(
              action,
              get(
                  "/offerings/" + publishedOfferings.get(random.nextInt(publishedOfferings.size())),
                  null),
              200,
              tally);
      case SEARCH ->
          timed(
              action,
              get(
                  "/api/v1/offerings?category=" + category + "&language=" + language + "&limit=20",
                  null),
              200,
              tally);
      case MATCH ->
          timed(
              action,
              HttpRequest.newBuilder(
                      base.resolve(
                          "/api/v1/requirements/"
                              + requirements.get(random.nextInt(requirements.size()))
                              + "/matches"))
                  .header("Authorization", buyerToken)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              201,
              tally);
      case UPDATE -> update(ownOffering, supplierToken, random, tally);
    }
  }

  /**
   * A supplier reads its own offering and saves it with a new description and the version it read:
   * both requests are timed, and a conflict would be an error since nobody else edits it.
   */
  private void update(UUID offering, String token, Random random, Tally tally)
      throws InterruptedException {
    HttpResponse<String> read =
        timed(Action.UPDATE, get("/api/v1/offerings/" + offering, token), 200, tally);
    if (read == null) {
      return;
    }
    ObjectNode body;
    try {
      JsonNode current = json.readTree(read.body());
      body = json.createObjectNode();
      for (String field :
          List.of(
              "name",
              "category",
              "deploymentModels",
              "dataStorageCountries",
              "dataProcessingCountries",
              "supportCountries",
              "languages",
              "openWeights",
              "licence",
              "certifications",
              "pricingModel",
              "priceEur",
              "priceUnit",
              "hardwareVendorCountry",
              "renewableEnergyPercent",
              "pue",
              "version")) {
        if (current.hasNonNull(field)) {
          body.set(field, current.get(field));
        }
      }
      body.put(
          "description",
          "Updated by the soak at " + System.currentTimeMillis() + " (" + random.nextInt() + ")");
    } catch (IOException e) {
      tally.error(Action.UPDATE, "unreadable offering: " + e.getMessage());
      return;
    }
    timed(
        Action.UPDATE,
        HttpRequest.newBuilder(base.resolve("/api/v1/offerings/" + offering))
            .header("Authorization", token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        200,
        tally);
  }

  private HttpRequest get(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      builder.header("Authorization", token);
    }
    return builder.build();
  }

  private HttpResponse<String> timed(
      Action action, HttpRequest request, int expectedStatus, Tally tally)
      throws InterruptedException {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      tally.record(action, (System.nanoTime() - started) / 1e6);
      if (response.statusCode() != expectedStatus) {
        String body = response.body();
        tally.error(
            action,
            request.method()
                + " "
                + request.uri().getPath()
                + " answered "
                + response.statusCode()
                + ": "
                + body.substring(0, Math.min(200, body.length())));
        return null;
      }
      return response;
    } catch (IOException e) {
      tally.record(action, (System.nanoTime() - started) / 1e6);
      tally.error(action, request.method() + " " + request.uri().getPath() + ": " + e);
      return null;
    }
  }

  /** Latencies and errors per action, shared by every simulated user. */
  static final class Tally {
    final Map<Action, ConcurrentLinkedQueue<Double>> millis = new EnumMap<>(Action.class);
    final Map<Action, AtomicInteger> errorsPerAction = new EnumMap<>(Action.class);
    final AtomicInteger errors = new AtomicInteger();
    final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    Tally() {
      for (Action action : Action.values()) {
        millis.put(action, new ConcurrentLinkedQueue<>());
        errorsPerAction.put(action, new AtomicInteger());
      }
    }

    void record(Action action, double elapsedMillis) {
      millis.get(action).add(elapsedMillis);
    }

    void error(Action action, String what) {
      errorsPerAction.get(action).incrementAndGet();
      if (errors.incrementAndGet() <= 5) {
        firstErrors.add(what);
      }
    }

    int count() {
      return millis.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    double[] sorted(Action action) {
      double[] values =
          (action == null
                  ? millis.values().stream().flatMap(ConcurrentLinkedQueue::stream)
                  : millis.get(action).stream())
              .mapToDouble(Double::doubleValue)
              .sorted()
              .toArray();
      return values;
    }
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /**
   * The live heap: a full collection through {@code jcmd GC.run}, then the used size of each
   * generation from {@code GC.heap_info} added up (metaspace is not heap and is left out).
   */
  static long liveHeapKib(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    String heapInfo = jcmd(pid, "GC.heap_info");
    Matcher matcher = HEAP_LINE.matcher(heapInfo);
    long used = 0;
    boolean found = false;
    while (matcher.find()) {
      used += Long.parseLong(matcher.group(2));
      found = true;
    }
    if (!found) {
      throw new IllegalStateException("No heap sizes in GC.heap_info:\n" + heapInfo);
    }
    return used;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid),
                command)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
    }
    return output;
  }

  /**
   * One simulated supplier per user, each a member of the organisation of a different published
   * offering, so the users' updates never conflict with each other: a 409 would be a real error.
   */
  private static List<UUID> supplierMembers(String jdbcUrl, int users) throws SQLException {
    List<UUID[]> offerings = new ArrayList<>();
    try (Connection connection = connect(jdbcUrl);
        PreparedStatement statement =
            connection.prepareStatement(
                "select distinct on (supplier_id) id, supplier_id from offering"
                    + " where status = 'PUBLISHED' order by supplier_id, id limit ?")) {
      statement.setInt(1, users);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          offerings.add(new UUID[] {rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)});
        }
      }
    }
    if (offerings.size() < users) {
      throw new IllegalStateException(
          "Only "
              + offerings.size()
              + " suppliers with a published offering for "
              + users
              + " users");
    }
    try (Connection connection = connect(jdbcUrl);
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into membership (id, organisation_id, subject, role, created_at, label,"
                    + " added_by) values (?, ?, ?, 'SUPPLIER', now(), 'Soak supplier', 'bench')"
                    + " on conflict do nothing")) {
      for (int user = 0; user < users; user++) {
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, offerings.get(user)[1]);
        insert.setString(3, supplierSubject(user));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<UUID> own = new ArrayList<>();
    for (UUID[] offering : offerings) {
      own.add(offering[0]);
    }
    return own;
  }

  private static List<UUID> publishedSample(String jdbcUrl, int limit) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (Connection connection = connect(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id from offering where status = 'PUBLISHED' order by md5(id::text) limit "
                    + limit)) {
      while (rows.next()) {
        ids.add(rows.getObject(1, UUID.class));
      }
    }
    return ids;
  }

  private static String supplierSubject(int user) {
    return "soak-supplier-" + user;
  }

  private static String section(
      String schema,
      int sampled,
      int users,
      Duration measured,
      int warmUpSeconds,
      int thinkMillis,
      String javaOpts,
      Tally tally,
      double seconds,
      long heapBeforeKib,
      long heapAfterKib,
      long rssBeforeKib,
      long rssAfterKib) {
    StringBuilder md = new StringBuilder();
    md.append(START_MARKER).append('\n');
    md.append("## Soak (issue 10)\n\n");
    md.append("Written by `bench/soak` on ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
        .append(" (`eu.aimarket.bench.http.Soak`); `bench/run` keeps this section as it is.\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d simulated users for %d minutes (after %d s of warm-up under the same load) against"
                + " the packaged application (`java %s -jar`) on schema `%s` of PostgreSQL, on the"
                + " same %d cores as the load. Each user acts, waits for the answer, thinks for an"
                + " exponentially distributed time around %d ms, and acts again: the catalogue page"
                + " (30 %%), an offering page (10 %%), an API search (30 %%), a match run as a buyer"
                + " (15 %%), or reading and saving its own offering as a supplier (15 %%, two"
                + " requests). Every answer other than the expected status, and every timeout (30"
                + " s), is an error.%n%n",
            users,
            measured.toMinutes(),
            warmUpSeconds,
            javaOpts,
            schema,
            Runtime.getRuntime().availableProcessors(),
            thinkMillis));
    md.append("| action | requests | errors | p50 | p95 | p99 | max |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Action action : Action.values()) {
      row(
          md,
          action.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          tally.sorted(action),
          tally.errorsPerAction.get(action).get());
    }
    double[] all = tally.sorted(null);
    row(md, "**all**", all, tally.errors.get());
    md.append('\n');
    double p99 = percentile(all, 99);
    double growthKib = heapAfterKib - heapBeforeKib;
    md.append("| target | measured | met |\n| --- | --- | --- |\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| zero errors | %d errors in %,d requests (%.0f requests/s) | %s |%n",
            tally.errors.get(),
            all.length,
            all.length / seconds,
            tally.errors.get() == 0 ? "yes" : "no"));
    md.append(
        String.format(
            Locale.ROOT,
            "| p99 under 500 ms | %s | %s |%n",
            millis(p99),
            p99 < 500 ? "yes" : "no"));
    md.append(
        String.format(
            Locale.ROOT,
            "| no heap growth after a full GC, start to end | %.1f MiB → %.1f MiB (%+.1f MiB) |"
                + " %s |%n",
            heapBeforeKib / 1024.0,
            heapAfterKib / 1024.0,
            growthKib / 1024.0,
            // A few MiB of caches settling (remembered rule outcomes, the JIT's data) is not a
            // leak; growth beyond 5 % of the live heap would be.
            growthKib <= Math.max(0.05 * heapBeforeKib, 4096) ? "yes" : "no"));
    md.append(
        String.format(
            Locale.ROOT,
            "%nResident memory: %.0f MB after the warm-up, %.0f MB at the end.%n",
            rssBeforeKib / 1024.0,
            rssAfterKib / 1024.0));
    if (!tally.firstErrors.isEmpty()) {
      md.append("\nFirst errors:\n\n");
      for (String error : tally.firstErrors) {
        md.append("- `").append(error.replace('`', '\'').replace('\n', ' ')).append("`\n");
      }
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nCommand: `bench/soak --users %d --minutes %d --schema %s` (after `bench/run`"
                + " has generated the schema).%n",
            users,
            measured.toMinutes(),
            schema));
    md.append(END_MARKER).append('\n');
    return md.toString();
  }

  private static void row(StringBuilder md, String name, double[] sorted, int errors) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %d | %s | %s | %s | %s |%n",
            name,
            sorted.length,
            errors,
            millis(percentile(sorted, 50)),
            millis(percentile(sorted, 95)),
            millis(percentile(sorted, 99)),
            millis(percentile(sorted, 100))));
  }

  private static String millis(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return value >= 1000
        ? String.format(Locale.ROOT, "%.2f s", value / 1000)
        : String.format(Locale.ROOT, value >= 100 ? "%.0f ms" : "%.1f ms", value);
  }

  /**
   * Puts the section into RESULTS.md in place of the one between the markers, or before the
   * findings when there is none yet, so the other figures stay as {@code bench/run} wrote them.
   */
  static void splice(Path results, String section) throws IOException {
    if (!Files.exists(results)) {
      return;
    }
    Files.writeString(results, spliced(Files.readString(results), section));
  }

  static String spliced(String results, String section) {
    int start = results.indexOf(START_MARKER);
    int end = results.indexOf(END_MARKER);
    if (start >= 0 && end > start) {
      return results.substring(0, start)
          + section
          + results.substring(end + END_MARKER.length()).replaceFirst("^\n", "");
    }
    int findings = results.indexOf("\n## Findings");
    if (findings >= 0) {
      return results.substring(0, findings + 1) + section + "\n" + results.substring(findings + 1);
    }
    return results.stripTrailing() + "\n\n" + section;
  }

  private static Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl, Generate.databaseUser(), Generate.databasePassword());
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

package eu.aimarket.bench;

import eu.aimarket.bench.http.HttpBench;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Renders {@code RESULTS.md} from one harness run: figures, ratios, targets, machine, date. */
final class ResultsReport {

  private static final String NOT_MEASURED = "not measured (no HTTP figures in this run)";

  private final Collection<RunResult> results;
  private final boolean quick;
  private final Path resultsDir;
  private final List<Path> loads;
  private final Path findings;
  private final Properties http;
  private final String loadBefore;
  private final String loadAfter;

  ResultsReport(
      Collection<RunResult> results,
      boolean quick,
      Path resultsDir,
      List<Path> loads,
      Path findings,
      Path httpFigures,
      String loadBefore,
      String loadAfter)
      throws IOException {
    this.results = results;
    this.quick = quick;
    this.resultsDir = resultsDir;
    this.loads = loads;
    this.findings = findings;
    this.http = new Properties();
    if (httpFigures != null && Files.exists(httpFigures)) {
      try (Reader reader = Files.newBufferedReader(httpFigures)) {
        http.load(reader);
      }
    }
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
  }

  String render() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append("Written by `bench/run")
        .append(quick ? " --quick" : "")
        .append("` on ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
        .append(". Do not edit by hand: run the script again.\n\n");
    machine(md);
    data(md);
    engine(md);
    http(md);
    targets(md);
    // The soak (bench/soak) runs for minutes apart from this script; its last section is kept.
    Path soak = findings.resolveSibling("soak.md");
    if (Files.exists(soak)) {
      md.append(Files.readString(soak).strip()).append("\n\n");
    }
    if (Files.exists(findings)) {
      md.append(Files.readString(findings).strip()).append('\n');
    }
    return md.toString();
  }

  private void machine(StringBuilder md) {
    Runtime runtime = Runtime.getRuntime();
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    md.append("## Machine\n\n");
    md.append("| | |\n| --- | --- |\n");
    md.append("| cores | ").append(runtime.availableProcessors()).append(" |\n");
    md.append("| memory | ")
        .append(format("%.1f GiB", memory / (double) (1L << 30)))
        .append(" |\n");
    md.append("| JVM | ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(" |\n");
    md.append("| OS | ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append(" |\n");
    md.append("| load average (1 min) before / after | ")
        .append(loadBefore)
        .append(" / ")
        .append(loadAfter)
        .append(" |\n\n");
    md.append(
        "The machine is shared with other builds, so absolute times move from run to run; the"
            + " ratios compare figures taken in the same run on the same data and move much"
            + " less.\n\n");
  }

  private void data(StringBuilder md) throws IOException {
    md.append("## Data\n\n");
    md.append(
        "Seeded synthetic catalogue (`eu.aimarket.bench.generator.CatalogueGenerator`, seed 20260101):"
            + " 70 % EU suppliers, US incumbents (12 %, plus 5 % EU subsidiaries of US groups),"
            + " Chinese, British and Swiss suppliers; five published offerings per supplier on"
            + " average plus 5 % drafts and retired ones. The engine ranks the *typical"
            + " requirement* (`RequirementGenerator.typical()`): a German public buyer's LLM API"
            + " with data kept in the EEA and every nice-to-have weighted; the first 20 results"
            + " and 10 exclusions are explained, as a first page of matches would be.\n\n");
    md.append("| offerings | policy | offerings of the category | ranked | excluded |\n");
    md.append("| ---: | --- | ---: | ---: | ---: |\n");
    for (String size : sizes()) {
      for (String policy : List.of("SOVEREIGNTY_FIRST", "TWENTY_RULES")) {
        Path facts = resultsDir.resolve("scenario-" + size + "-" + policy + ".txt");
        if (Files.exists(facts)) {
          String[] parts = Files.readString(facts).trim().split(" ");
          md.append(
              format(
                  "| %s | %s | %s | %s | %s |\n",
                  number(size),
                  policyName(policy),
                  number(parts[0]),
                  number(parts[1]),
                  number(parts[2])));
        }
      }
    }
    md.append('\n');
    if (!loads.isEmpty()) {
      md.append(
          "Bulk load into PostgreSQL (COPY, one transaction, into the application's schema; quick"
              + " mode reuses a schema that already holds its catalogue, and shows the load that"
              + " filled it):\n\n");
      md.append(
          "| published offerings | rows | MB sent | seconds |\n| ---: | ---: | ---: | ---: |\n");
      for (Path load : loads) {
        if (!Files.exists(load)) {
          continue;
        }
        String json = Files.readString(load);
        md.append(
            format(
                "| %s | %s | %.0f | %.1f |\n",
                number(field(json, "offerings")),
                number(field(json, "rows")),
                Long.parseLong(field(json, "bytes")) / 1e6,
                Long.parseLong(field(json, "loadMillis")) / 1000.0));
      }
      md.append('\n');
    }
  }

  private void engine(StringBuilder md) {
    md.append("## Engine, bare-loop limit and naive version (one JMH run)\n\n");
    md.append(
        "Median time per ranking (JMH sample mode; the naive version in single-shot mode, one"
            + " ranking per iteration), allocation per ranking from `-prof gc`; the p99 of the"
            + " engine mostly shows pauses of the shared machine. *Limit*: a bare"
            + " loop over plain arrays adding up precomputed scores and sorting, no rules."
            + " *Naive*: every published offering loaded through Hibernate ORM from PostgreSQL"
            + " and every rule evaluated afresh per offering.\n\n");
    md.append(
        "| offerings | policy | engine median | engine p99 | engine alloc | limit median |"
            + " engine / limit | naive median | naive alloc | naive / engine |\n");
    md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String size : sizes()) {
      for (String policy : List.of("SOVEREIGNTY_FIRST", "TWENTY_RULES")) {
        Optional<RunResult> engine = find("engine", size, policy);
        if (engine.isEmpty()) {
          continue;
        }
        Optional<RunResult> limit = find("limit", size, policy);
        Optional<RunResult> naive = find("naive", size, policy);
        double engineMedian = median(engine.get());
        md.append(
            format(
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                number(size),
                policyName(policy),
                millis(engineMedian),
                millis(engine.get().getPrimaryResult().getStatistics().getPercentile(99)),
                bytes(allocation(engine.get())),
                limit.map(r -> millis(median(r))).orElse("–"),
                limit.map(r -> ratio(engineMedian / median(r))).orElse("–"),
                naive.map(r -> millis(median(r))).orElse("not run"),
                naive.map(r -> bytes(allocation(r))).orElse("–"),
                naive.map(r -> ratio(median(r) / engineMedian)).orElse("–")));
      }
    }
    if (quick) {
      md.append(
          "\nQuick mode measures 10,000 and 100,000 offerings, and the naive version under the"
              + " 20-rule policy only; `bench/run` without `--quick` adds 1,000,000 offerings for"
              + " the engine and the limit, the naive version under both policies, and measures"
              + " longer.\n");
    }
    md.append('\n');
  }

  private void targets(StringBuilder md) {
    md.append("## Targets of issue 7 at 100,000 offerings\n\n");
    md.append("| target | measured | met |\n| --- | --- | --- |\n");
    Optional<RunResult> engine = find("engine", "100000", "TWENTY_RULES");
    Optional<RunResult> limit = find("limit", "100000", "TWENTY_RULES");
    Optional<RunResult> naive = find("naive", "100000", "TWENTY_RULES");
    if (engine.isPresent()) {
      double median = median(engine.get());
      md.append(
          format(
              "| engine, 20 rules: median under 20 ms | %s | %s |\n",
              millis(median), median < 20 ? "yes" : "no, see findings"));
      limit.ifPresent(
          l -> {
            double ratio = median / median(l);
            md.append(
                format(
                    "| engine within 3x of the bare-loop limit | %s | %s |\n",
                    ratio(ratio), ratio <= 3 ? "yes" : "no, see findings"));
          });
      naive.ifPresent(
          n -> {
            double ratio = median(n) / median;
            md.append(
                format(
                    "| naive at least 50x slower than the engine | %s | %s |\n",
                    ratio(ratio), ratio >= 50 ? "yes" : "no, see findings"));
          });
    }
    if (http.isEmpty()) {
      for (String target :
          List.of(
              "match endpoint over HTTP: p95 under 50 ms at 20 requests/s",
              "catalogue search: p95 under 30 ms",
              "catalogue page at least 25 % of the trivial endpoint's throughput",
              "start-up to ready under 3 s",
              "RSS under 300 MB with 100,000 offerings",
              "policy preview over 1,000 open requirements under 5 s")) {
        md.append("| ").append(target).append(" | ").append(NOT_MEASURED).append(" | – |\n");
      }
      md.append('\n');
      return;
    }
    double matchP95 = figure("match.p95");
    md.append(
        format(
            "| match endpoint over HTTP: p95 under 50 ms at 20 requests/s | %s (%s of %s"
                + " failed) | %s |\n",
            millis(matchP95),
            http.getProperty("match.errors"),
            number(http.getProperty("match.requests")),
            met(matchP95 < 50)));
    double searchP95 = figure("search.p95");
    md.append(
        format(
            "| catalogue search: p95 under 30 ms (20 requests/s) | %s (%s of %s failed) | %s |\n",
            millis(searchP95),
            http.getProperty("search.errors"),
            number(http.getProperty("search.requests")),
            met(searchP95 < 30)));
    if (pageWorks()) {
      double pageShare = figure("page.throughput") / figure("ceiling.throughput");
      md.append(
          format(
              "| catalogue page at least 25 %% of the trivial endpoint's throughput | %.0f %% (%s"
                  + " / %s answers/s) | %s |\n",
              pageShare * 100,
              perSecond(figure("page.throughput")),
              perSecond(figure("ceiling.throughput")),
              met(pageShare >= 0.25)));
    } else {
      md.append(
          format(
              "| catalogue page at least 25 %% of the trivial endpoint's throughput | the page"
                  + " answers %s at this size | no, see findings |\n",
              http.getProperty("page.status")));
    }
    double ready = figure("startup.readyMillis");
    md.append(
        format("| start-up to ready under 3 s | %s | %s |\n", millis(ready), met(ready < 3000)));
    double rss = figure("rss.afterFirstRankingKib") * 1024;
    md.append(
        format(
            "| RSS under 300 MB with 100,000 offerings (after the first ranking) | %s | %s |\n",
            megabytes(rss), met(rss < 300e6)));
    double preview = figure("preview.medianMillis");
    md.append(
        format(
            "| policy preview over 1,000 open requirements under 5 s | %s (%s requirements) |"
                + " %s |\n\n",
            millis(preview), http.getProperty("preview.requirements"), met(preview < 5000)));
  }

  private void http(StringBuilder md) {
    md.append("## Packaged application over HTTP\n\n");
    if (http.isEmpty()) {
      md.append(NOT_MEASURED).append(".\n\n");
      return;
    }
    md.append(
        format(
            "`target/quarkus-app/quarkus-run.jar` in its prod profile, started by"
                + " `eu.aimarket.bench.http.HttpBench` with `java %s -jar` on the schema of %s"
                + " published offerings, signed-in callers holding RS256 tokens of a small OIDC"
                + " provider in the bench module (the application checks issuer, audience and"
                + " signature as with Keycloak). The load generator runs on the same 2 cores.\n\n",
            http.getProperty("app.javaOpts"), number(http.getProperty("offerings"))));
    md.append(
        "Latencies include failed answers, which the *failed* column counts. *Latency*: open loop at a constant %s requests/s per endpoint, one endpoint after"
                .formatted(number(String.valueOf((long) HttpBench.RATE_PER_SECOND)))
            + " the other (wrk2-style: each request is due at its slot whether or not earlier"
            + " answers are in, and its latency counts from that intended send time, so stalls are"
            + " not hidden by coordinated omission). *Throughput*: closed loop, "
            + HttpBench.CONNECTIONS
            + " connections each sending its next request as soon as its answer is in. Match:"
            + " `POST /api/v1/requirements/{id}/matches` as a buyer member, over 100 open"
            + " requirements in turn (each run is ranked and recorded); search: `GET"
            + " /api/v1/offerings?category=LLM_API&language=..&limit=20`; page: `GET"
            + " /catalogue?category=LLM_API&language=..` (the Qute page); ceiling: `GET"
            + " /api/v1/reference/categories`, a constant JSON list.\n\n");
    md.append(
        "| endpoint | requests | failed | p50 | p95 | p99 | max | throughput (failed) |"
            + " throughput / ceiling |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    double ceiling = figure("ceiling.throughput");
    for (String endpoint : List.of("match", "search", "page", "ceiling")) {
      if (endpoint.equals("page") && !pageWorks()) {
        md.append(
            format(
                "| page | answers %s: not measured | | | | | | | |\n",
                http.getProperty("page.status")));
        continue;
      }
      md.append(
          format(
              "| %s | %s | %s | %s | %s | %s | %s | %s/s (%s) | %.0f %% |\n",
              endpoint,
              number(http.getProperty(endpoint + ".requests")),
              http.getProperty(endpoint + ".errors"),
              millis(figure(endpoint + ".p50")),
              millis(figure(endpoint + ".p95")),
              millis(figure(endpoint + ".p99")),
              millis(figure(endpoint + ".max")),
              perSecond(figure(endpoint + ".throughput")),
              http.getProperty(endpoint + ".throughputErrors"),
              figure(endpoint + ".throughput") / ceiling * 100));
    }
    md.append('\n');
    md.append("| start-up and memory | |\n| --- | ---: |\n");
    md.append(
        format(
            "| process start to `/q/health/ready` UP | %s |\n",
            millis(figure("startup.readyMillis"))));
    md.append(
        format(
            "| first ranking after ready (waits for the snapshot if still being built) | %s |\n",
            millis(figure("startup.firstRankingMillis"))));
    md.append(
        format(
            "| RSS after the first ranking (snapshot built) | %s |\n",
            megabytes(figure("rss.afterFirstRankingKib") * 1024)));
    md.append(
        format(
            "| RSS at the end of the run / peak (VmHWM) | %s / %s |\n\n",
            megabytes(figure("rss.endKib") * 1024), megabytes(figure("rss.peakKib") * 1024)));
    md.append(
        format(
            "Policy preview (`POST /api/v1/policies/{id}/preview` as an admin: the 20-rule bench"
                + " policy as a draft of the platform's \"Sovereignty first\", so each of the %s open"
                + " requirements is ranked under both): first call %s, then the median of %s"
                + " call(s) %s.\n\n",
            http.getProperty("preview.requirements"),
            millis(figure("preview.firstMillis")),
            http.getProperty("preview.runs"),
            millis(figure("preview.medianMillis"))));
  }

  private boolean pageWorks() {
    return "200".equals(http.getProperty("page.status"));
  }

  private double figure(String key) {
    String value = http.getProperty(key);
    return value == null ? Double.NaN : Double.parseDouble(value);
  }

  private static String met(boolean met) {
    return met ? "yes" : "no, see findings";
  }

  private static String perSecond(double value) {
    return format("%,.0f", value);
  }

  private static String megabytes(double bytes) {
    return format("%.0f MB", bytes / 1e6);
  }

  private List<String> sizes() {
    return quick ? List.of("10000", "100000") : List.of("10000", "100000", "1000000");
  }

  private Optional<RunResult> find(String method, String size, String policy) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .filter(r -> size.equals(r.getParams().getParam("offerings")))
        .filter(r -> policy.equals(r.getParams().getParam("policy")))
        .findFirst();
  }

  /** Median in milliseconds. */
  private static double median(RunResult result) {
    return result.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private static double allocation(RunResult result) {
    Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return alloc == null ? Double.NaN : alloc.getScore();
  }

  private static String policyName(String policy) {
    return policy.equals("TWENTY_RULES") ? "20 rules" : "Sovereignty first (9 rules)";
  }

  private static String millis(double ms) {
    if (ms >= 1000) {
      return format("%.1f s", ms / 1000);
    }
    return ms >= 10 ? format("%.1f ms", ms) : format("%.2f ms", ms);
  }

  private static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "–";
    }
    if (bytes >= 1 << 30) {
      return format("%.1f GB", bytes / (1 << 30));
    }
    return bytes >= 1 << 20
        ? format("%.1f MB", bytes / (1 << 20))
        : format("%.0f KB", bytes / 1024);
  }

  private static String ratio(double ratio) {
    return ratio >= 10 ? format("%.0fx", ratio) : format("%.1fx", ratio);
  }

  private static String number(String value) {
    return format("%,d", Long.parseLong(value));
  }

  private static String field(String json, String name) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("\"" + name + "\":\\s*\"?([^,\"}]+)").matcher(json);
    return matcher.find() ? matcher.group(1).trim() : "0";
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}

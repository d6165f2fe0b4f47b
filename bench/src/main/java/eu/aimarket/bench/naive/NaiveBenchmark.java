package eu.aimarket.bench.naive;

import eu.aimarket.bench.engine.BenchScenario;
import eu.aimarket.bench.engine.BenchScenario.PolicyChoice;
import eu.aimarket.bench.generator.BulkLoader;
import eu.aimarket.bench.generator.Generate;
import eu.aimarket.catalog.Offering;
import eu.aimarket.catalog.SovereigntyClaim;
import eu.aimarket.catalog.SupplierProfile;
import eu.aimarket.identity.Organisation;
import eu.aimarket.matching.RankedOffering;
import eu.aimarket.matching.Ranking;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The typical first version (see {@link NaiveRanker}) on the catalogue that {@code Generate} loaded
 * into the schema {@code bench_<offerings>}: the same seeded offerings as the engine benchmarks,
 * read back from PostgreSQL through Hibernate ORM with the application's entity classes and its
 * batch-fetch size. The setup checks that it ranks exactly as the engine does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NaiveBenchmark {

  @Param({"10000", "100000"})
  public int offerings;

  @Param({"SOVEREIGNTY_FIRST", "TWENTY_RULES"})
  public PolicyChoice policy;

  private BenchScenario scenario;
  private SessionFactory sessions;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    String schema = "bench_" + offerings;
    long loaded =
        BulkLoader.publishedOfferings(
            Generate.databaseUrl(), Generate.databaseUser(), Generate.databasePassword(), schema);
    if (loaded != offerings) {
      throw new IllegalStateException(
          "Schema "
              + schema
              + " holds "
              + loaded
              + " published offerings instead of "
              + offerings
              + ": run Generate --offerings "
              + offerings
              + " first");
    }
    scenario = new BenchScenario(offerings, policy);
    sessions =
        new Configuration()
            .addAnnotatedClass(Offering.class)
            .addAnnotatedClass(SupplierProfile.class)
            .addAnnotatedClass(SovereigntyClaim.class)
            .addAnnotatedClass(Organisation.class)
            .setProperty(
                "jakarta.persistence.jdbc.url",
                BulkLoader.schemaUrl(Generate.databaseUrl(), schema))
            .setProperty("jakarta.persistence.jdbc.user", Generate.databaseUser())
            .setProperty("jakarta.persistence.jdbc.password", Generate.databasePassword())
            // As the application configures Hibernate: lazy collections fetched in batches of 64.
            .setProperty("hibernate.default_batch_fetch_size", "64")
            .setProperty("hibernate.connection.pool_size", "2")
            .setProperty("hibernate.hbm2ddl.auto", "none")
            .buildSessionFactory();
    checkSameRankingAsTheEngine();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (sessions != null) {
      sessions.close();
    }
  }

  @Benchmark
  public List<NaiveRanker.Scored> naive() {
    try (Session session = sessions.openSession()) {
      return NaiveRanker.rank(
          session,
          scenario.requirement,
          scenario.buyerVariables,
          scenario.requirementVariables,
          scenario.policy);
    }
  }

  private void checkSameRankingAsTheEngine() {
    Ranking engine = scenario.evaluate().ranking(Integer.MAX_VALUE, 0);
    List<NaiveRanker.Scored> naive = naive();
    if (naive.size() != engine.rankedCount()) {
      throw new IllegalStateException(
          "The naive version ranks " + naive.size() + ", the engine " + engine.rankedCount());
    }
    for (int k = 0; k < naive.size(); k++) {
      RankedOffering expected = engine.ranked().get(k);
      NaiveRanker.Scored actual = naive.get(k);
      if (!expected.offeringId().equals(actual.offeringId())
          || expected.score().movePointRight(2).longValueExact() != actual.scoreCents()) {
        throw new IllegalStateException(
            "The naive version and the engine differ at rank "
                + (k + 1)
                + ": "
                + actual
                + " against "
                + expected.offeringId()
                + " "
                + expected.score());
      }
    }
  }
}

package eu.aimarket.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Lets a scheduled job run once per period across every replica, although each replica's scheduler
 * fires it. Time is cut into periods from the epoch; a replica runs the job only if it claims the
 * job's row ({@code FOR UPDATE SKIP LOCKED}, so a replica never waits for another) and no replica
 * has run it for the current period yet. The row keeps when that period started, not its number, so
 * a changed period still compares right. The claim commits before the job starts, so a long job
 * holds no lock.
 */
@ApplicationScoped
public class ScheduledJobLock {

  private static final Logger LOG = Logger.getLogger(ScheduledJobLock.class);

  /** Who ran a period, in the run log: the pod's host name (or the machine's) and the process. */
  private static final String INSTANCE =
      System.getenv().getOrDefault("HOSTNAME", "local") + "/" + ProcessHandle.current().pid();

  /** The run log keeps this many periods of a job. */
  private static final int RUNS_KEPT = 1000;

  private final Clock clock;

  ScheduledJobLock(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs {@code job} if this replica is the first to claim the current period of {@code every};
   * returns whether it ran.
   */
  public boolean runOncePerPeriod(String name, Duration every, Runnable job) {
    if (!claim(name, every)) {
      return false;
    }
    job.run();
    return true;
  }

  private boolean claim(String name, Duration every) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    long millis = every.toMillis();
    OffsetDateTime periodStart =
        OffsetDateTime.ofInstant(
            Instant.ofEpochMilli(now.toInstant().toEpochMilli() / millis * millis), ZoneOffset.UTC);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EntityManager em = Panache.getEntityManager();
              em.createNativeQuery(
                      "insert into scheduled_job (name, last_period_start) values (?1, ?2)"
                          + " on conflict do nothing")
                  .setParameter(1, name)
                  .setParameter(2, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC))
                  .executeUpdate();
              List<OffsetDateTime> claimed =
                  em.createNativeQuery(
                          "select last_period_start from scheduled_job where name = ?1"
                              + " for update skip locked",
                          OffsetDateTime.class)
                      .setParameter(1, name)
                      .getResultList();
              if (claimed.isEmpty() || !claimed.get(0).isBefore(periodStart)) {
                return false;
              }
              em.createNativeQuery(
                      "update scheduled_job set last_period_start = ?1 where name = ?2")
                  .setParameter(1, periodStart)
                  .setParameter(2, name)
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into scheduled_job_run (job_name, period_start, instance, started_at)"
                          + " values (?1, ?2, ?3, ?4)")
                  .setParameter(1, name)
                  .setParameter(2, periodStart)
                  .setParameter(3, INSTANCE)
                  .setParameter(4, now)
                  .executeUpdate();
              em.createNativeQuery(
                      "delete from scheduled_job_run where job_name = ?1 and started_at < ?2")
                  .setParameter(1, name)
                  .setParameter(2, now.minus(every.multipliedBy(RUNS_KEPT)))
                  .executeUpdate();
              LOG.debugf("%s runs the period from %s on %s", name, periodStart, INSTANCE);
              return true;
            });
  }
}

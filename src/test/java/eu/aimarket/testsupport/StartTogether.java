package eu.aimarket.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks on threads of their own, each held at one barrier until all are ready, so that their
 * requests really overlap instead of trickling in as the threads happen to start.
 */
public final class StartTogether {

  private StartTogether() {}

  /** Runs every task at once and returns their results in the tasks' order. */
  public static <T> List<T> run(List<Callable<T>> tasks, long timeoutSeconds) {
    CyclicBarrier start = new CyclicBarrier(tasks.size());
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            threads.submit(
                () -> {
                  start.await(timeoutSeconds, TimeUnit.SECONDS);
                  return task.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(timeoutSeconds, TimeUnit.SECONDS));
      }
      return results;
    } catch (ExecutionException e) {
      throw new IllegalStateException("A concurrent task failed", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("The concurrent tasks did not end in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the concurrent tasks", e);
    } finally {
      threads.shutdownNow();
    }
  }
}

package eu.aimarket.bench.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Two ways to load an endpoint. {@link #constantRate}: open loop, wrk2-style. Request {@code i} is
 * due at {@code start + i / rate} whether or not earlier answers have arrived, and its latency is
 * measured from that intended send time, so a stall of the server counts against every request it
 * delays (no coordinated omission). {@link #maxThroughput}: closed loop, a fixed number of
 * connections each sending its next request as soon as the previous answer is in, counting answers
 * per second.
 */
final class LoadGenerator {

  private final HttpClient client;

  LoadGenerator(HttpClient client) {
    this.client = client;
  }

  /**
   * Latencies of one constant-rate run, in milliseconds, and the answers that were not expected.
   */
  record Latencies(double[] sortedMillis, int errors, String firstError, double achievedRate) {

    double percentile(double p) {
      if (sortedMillis.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * sortedMillis.length) - 1;
      return sortedMillis[Math.max(0, Math.min(index, sortedMillis.length - 1))];
    }
  }

  /** Throughput of one closed-loop run: expected answers per second. */
  record Throughput(double perSecond, int errors, String firstError) {}

  Latencies constantRate(
      IntFunction<HttpRequest> requests, int expectedStatus, double perSecond, Duration duration)
      throws InterruptedException {
    int count = (int) Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
    long period = (long) (1e9 / perSecond);
    long[] latencies = new long[count];
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(count);
    long start = System.nanoTime() + 10_000_000;
    for (int i = 0; i < count; i++) {
      long intended = start + i * period;
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      client
          .sendAsync(requests.apply(i), bodyIfUnexpected(expectedStatus))
          .whenComplete(
              (response, failure) -> {
                latencies[index] = System.nanoTime() - intended;
                if (failure != null || response.statusCode() != expectedStatus) {
                  errors.incrementAndGet();
                  firstError.compareAndSet(
                      null,
                      failure != null
                          ? failure.toString()
                          : response.statusCode() + " " + abbreviate(response.body()));
                }
                done.countDown();
              });
    }
    if (!done.await(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("Answers still missing two minutes after the last request");
    }
    double elapsedSeconds = (System.nanoTime() - start) / 1e9;
    double[] millis = Arrays.stream(latencies).mapToDouble(n -> n / 1e6).sorted().toArray();
    return new Latencies(millis, errors.get(), firstError.get(), count / elapsedSeconds);
  }

  Throughput maxThroughput(
      IntFunction<HttpRequest> requests, int expectedStatus, int connections, Duration duration)
      throws InterruptedException {
    AtomicLong answers = new AtomicLong();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    AtomicInteger sequence = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    Thread[] workers = new Thread[connections];
    for (int w = 0; w < connections; w++) {
      workers[w] =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    HttpResponse<String> response =
                        client.send(
                            requests.apply(sequence.getAndIncrement()),
                            bodyIfUnexpected(expectedStatus));
                    if (response.statusCode() != expectedStatus) {
                      errors.incrementAndGet();
                      firstError.compareAndSet(
                          null, response.statusCode() + " " + abbreviate(response.body()));
                    } else {
                      answers.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e.toString());
                  }
                }
              },
              "closed-loop-" + w);
      workers[w].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Throughput(answers.get() / seconds, errors.get(), firstError.get());
  }

  /**
   * Reads the body only of unexpected answers, to report them. A match run's answer carries every
   * ranked offering with its terms; a queue of them held as strings exhausts the client's heap.
   */
  private static HttpResponse.BodyHandler<String> bodyIfUnexpected(int expectedStatus) {
    return info ->
        info.statusCode() == expectedStatus
            ? HttpResponse.BodySubscribers.replacing(null)
            : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
  }
}

package eu.aimarket.integration;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries on a thread of its own, never on a thread that serves requests, so a
 * slow or hanging receiver cannot slow the API. Each round takes the first pending delivery of
 * every subscription that has one due, sends them in parallel with a short timeout, records the
 * outcomes, and repeats while there is work, within a time budget.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final long ROUND_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
  private static final String USER_AGENT = "ai-marketplace-webhooks/1";

  private final WebhookOutbox outbox;
  private final WebhookTargets targets;
  private final WebhookConfig config;
  private final Clock clock;
  private final ExecutorService executor;
  private final ExecutorService rounds;
  private final HttpClient http;

  WebhookDispatcher(
      WebhookOutbox outbox, WebhookTargets targets, WebhookConfig config, Clock clock) {
    this.outbox = outbox;
    this.targets = targets;
    this.config = config;
    this.clock = clock;
    this.executor = Executors.newFixedThreadPool(4, daemonThreads("webhook-sender"));
    this.rounds = Executors.newSingleThreadExecutor(daemonThreads("webhook-dispatcher"));
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.requestTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .executor(executor)
            .build();
  }

  @Scheduled(
      identity = "webhook-dispatcher",
      every = "${aimarket.webhooks.dispatch-every:1s}",
      concurrentExecution = ConcurrentExecution.SKIP)
  CompletionStage<Void> onSchedule() {
    // A round waits for its slowest receiver, up to twice the request timeout. It waits on the
    // dispatcher's own thread: the scheduler would otherwise run it on a worker thread of the pool
    // that serves requests, and hold that thread while receivers hang.
    try {
      return CompletableFuture.runAsync(this::dispatchRound, rounds);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(null);
    }
  }

  private void dispatchRound() {
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      LOG.error("Webhook dispatch failed; the deliveries stay in the outbox for the next round", e);
    }
  }

  /** Sends what is due now; returns how many attempts were made. */
  public int dispatchDue() {
    long started = System.nanoTime();
    int attempts = 0;
    while (System.nanoTime() - started < ROUND_BUDGET_NANOS) {
      List<WebhookOutbox.Attempt> due = outbox.claimDue(config.batchSize());
      if (due.isEmpty()) {
        break;
      }
      List<CompletableFuture<WebhookOutbox.Outcome>> sent = new ArrayList<>();
      for (WebhookOutbox.Attempt attempt : due) {
        sent.add(send(attempt));
      }
      for (int i = 0; i < due.size(); i++) {
        outbox.record(due.get(i), sent.get(i).join());
      }
      attempts += due.size();
    }
    return attempts;
  }

  private CompletableFuture<WebhookOutbox.Outcome> send(WebhookOutbox.Attempt attempt) {
    URI target = URI.create(attempt.url());
    Optional<String> refused = targets.refusal(target);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(
          new WebhookOutbox.Outcome(null, "Not sent: the URL " + refused.get()));
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .header("Webhook-Id", attempt.eventId().toString())
            .header("Webhook-Timestamp", Long.toString(timestamp))
            .header(
                "Webhook-Signature",
                WebhookSigner.signature(attempt.secret(), timestamp, attempt.body()))
            .header("Webhook-Attempt", Integer.toString(attempt.number()))
            .POST(HttpRequest.BodyPublishers.ofString(attempt.body()))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .orTimeout(config.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              if (failure == null) {
                int status = response.statusCode();
                return new WebhookOutbox.Outcome(
                    status, status >= 200 && status < 300 ? null : "HTTP " + status);
              }
              return new WebhookOutbox.Outcome(null, describe(failure));
            });
  }

  private static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return "The receiver did not answer in time";
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @PreDestroy
  void close() {
    rounds.shutdownNow();
    executor.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}

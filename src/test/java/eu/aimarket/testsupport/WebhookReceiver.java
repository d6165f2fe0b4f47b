package eu.aimarket.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A real HTTP receiver for webhook deliveries on 127.0.0.1: records every request it gets and
 * answers with the next scripted status (200 once the script runs out), or hangs until closed.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived, with the path it was sent to. */
  public record Received(Map<String, List<String>> headers, String body, String path) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /** The status that stands for "do not answer at all". */
  public static final int HANG = -1;

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile IntSupplier afterScript = () -> 200;

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  public static WebhookReceiver start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      WebhookReceiver receiver = new WebhookReceiver(server);
      server.createContext("/", receiver::handle);
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the webhook receiver", e);
    }
  }

  /** Answers the next requests with these statuses, in order ({@link #HANG} hangs). */
  public WebhookReceiver thenAnswer(int... statuses) {
    for (int status : statuses) {
      script.add(status);
    }
    return this;
  }

  /** What to answer once the script is used up (200 unless told otherwise). */
  public WebhookReceiver afterwardsAnswer(int status) {
    afterScript = () -> status;
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    received.add(
        new Received(
            Map.copyOf(exchange.getRequestHeaders()),
            new String(body, StandardCharsets.UTF_8),
            exchange.getRequestURI().getPath()));
    Integer scripted = script.poll();
    int status = scripted != null ? scripted : afterScript.getAsInt();
    if (status == HANG) {
      try {
        closing.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}

package eu.aimarket.testsupport;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real Keycloak for the integration tests: the distribution that the build unpacks under target/,
 * started in development mode on a free port of 127.0.0.1 with the repository's realm file (and a
 * second realm whose tokens must be refused). It is given to the application as its OIDC provider
 * and account provisioning, and stopped, with its whole process tree, afterwards.
 *
 * <p>Test classes that list this resource, and only it, share one application and one Keycloak.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

  private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

  private Process process;

  @Override
  public Map<String, String> start() {
    Path home = Path.of(requiredProperty("keycloak.home"));
    Path realmFile = Path.of(requiredProperty("keycloak.realm-file"));
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak at "
              + home
              + "; run the integration tests with mvn verify, which unpacks it first");
    }
    int port = freePort();
    prepareImport(home, realmFile);
    Path log = home.resolveSibling("keycloak.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--import-realm",
                "--health-enabled=false",
                "--cache=local")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", Keycloak.BOOTSTRAP_ADMIN);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", Keycloak.BOOTSTRAP_PASSWORD);
    LOG.infof("Starting Keycloak on port %d (log: %s)", port, log);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak", e);
    }
    String base = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    await("Keycloak's discovery document at " + base)
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    "Keycloak stopped with exit code " + process.exitValue() + "; see " + log);
              }
              return http.send(
                          HttpRequest.newBuilder(
                                  URI.create(
                                      base
                                          + "/realms/"
                                          + Keycloak.REALM
                                          + "/.well-known/openid-configuration"))
                              .timeout(Duration.ofSeconds(5))
                              .build(),
                          HttpResponse.BodyHandlers.discarding())
                      .statusCode()
                  == 200;
            });
    Keycloak.started(base, webClientSecret(realmFile));
    LOG.infof("Keycloak is ready at %s", base);
    return Map.of(
        "quarkus.oidc.tenant-enabled",
        "true",
        "quarkus.oidc.auth-server-url",
        Keycloak.realmUrl(),
        "quarkus.oidc.client-id",
        Keycloak.WEB_CLIENT,
        "quarkus.oidc.credentials.secret",
        Keycloak.webClientSecret(),
        "quarkus.oidc.token.audience",
        Keycloak.WEB_CLIENT,
        "aimarket.identity.account-provisioning",
        "keycloak");
  }

  @Override
  public void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      tree.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    }
    process = null;
    Keycloak.stopped();
  }

  /** A fresh database each run, so the realm is imported from the file as it is now. */
  private static void prepareImport(Path home, Path realmFile) {
    try {
      Path data = home.resolve("data");
      if (Files.exists(data)) {
        try (Stream<Path> paths = Files.walk(data)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      Path imports = Files.createDirectories(data.resolve("import"));
      Files.copy(
          realmFile,
          imports.resolve("marketplace-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      try (var elsewhere =
          KeycloakServer.class.getResourceAsStream("/keycloak/elsewhere-realm.json")) {
        Files.copy(
            elsewhere,
            imports.resolve("elsewhere-realm.json"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Keycloak's realm import", e);
    }
  }

  /** The web client's secret, read from the realm file rather than repeated here. */
  private static String webClientSecret(Path realmFile) {
    try {
      JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
      for (JsonNode client : realm.get("clients")) {
        if (Keycloak.WEB_CLIENT.equals(client.get("clientId").asText())) {
          return client.get("secret").asText();
        }
      }
      throw new IllegalStateException("The realm file has no client " + Keycloak.WEB_CLIENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set; run the integration tests with mvn verify");
    }
    return value;
  }
}

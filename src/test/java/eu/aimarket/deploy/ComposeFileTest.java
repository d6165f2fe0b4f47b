package eu.aimarket.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The full local stack ({@code docker/compose.yaml}) without a Docker engine: the file parses, the
 * application gets exactly the variables it reads, and PostgreSQL, Keycloak and the realm file
 * agree with what the application is told.
 */
class ComposeFileTest {

  private static final String COMPOSE = "docker/compose.yaml";
  private static final String ENV_EXAMPLE = "docker/.env.example";
  private static final String REALM_FILE = "docker/keycloak/marketplace-realm.json";
  private static final String KEYCLOAK_IMPORT_FOLDER = "/opt/keycloak/data/import/";
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

  private static JsonNode compose() {
    List<JsonNode> documents = Kustomize.documents(ProjectFiles.read(COMPOSE));
    assertEquals(1, documents.size(), COMPOSE + " holds one YAML document");
    return documents.get(0);
  }

  private static JsonNode service(String name) {
    JsonNode service = compose().path("services").path(name);
    assertTrue(service.isObject(), COMPOSE + " has no service " + name);
    return service;
  }

  /** A service's environment, written either as a map or as a list of NAME=value. */
  private static Map<String, String> environment(String serviceName) {
    JsonNode environment = service(serviceName).path("environment");
    Map<String, String> variables = new LinkedHashMap<>();
    if (environment.isObject()) {
      environment.properties().forEach(e -> variables.put(e.getKey(), e.getValue().asText()));
    } else {
      for (JsonNode entry : environment) {
        String[] pair = entry.asText().split("=", 2);
        variables.put(pair[0], pair.length > 1 ? pair[1] : "");
      }
    }
    return variables;
  }

  private static JsonNode realm() throws IOException {
    return new ObjectMapper().readTree(ProjectFiles.read(REALM_FILE));
  }

  @Test
  void runsTheApplicationPostgresAndKeycloak() {
    Set<String> services = new TreeSet<>();
    compose().path("services").fieldNames().forEachRemaining(services::add);

    assertEquals(Set.of("app", "keycloak", "postgres"), services);
    assertEquals("quay.io/keycloak/keycloak:26.5.6", service("keycloak").path("image").asText());
  }

  @Test
  void applicationGetsExactlyTheVariablesItReadsInProd() {
    assertEquals(ProdEnvironment.variables(), new TreeSet<>(environment("app").keySet()));
  }

  @Test
  void applicationUsesTheComposeDatabase() {
    Map<String, String> app = environment("app");
    Map<String, String> postgres = environment("postgres");
    URI jdbc = URI.create(app.get("DB_JDBC_URL").substring("jdbc:".length()));

    assertEquals("postgres", jdbc.getHost());
    assertEquals("/" + postgres.get("POSTGRES_DB"), jdbc.getPath());
    assertEquals(postgres.get("POSTGRES_USER"), app.get("DB_USER"));
    assertEquals(postgres.get("POSTGRES_PASSWORD"), app.get("DB_PASSWORD"));
  }

  @Test
  void keycloakImportsTheRepositoryRealmAndFillsItsPlaceholders() throws IOException {
    JsonNode keycloak = service("keycloak");
    List<String> command = new ArrayList<>();
    keycloak.path("command").forEach(word -> command.add(word.asText()));
    assertThat(command, hasItem("start-dev"));
    assertThat(command, hasItem("--import-realm"));

    boolean mountsRealm = false;
    for (JsonNode volume : keycloak.path("volumes")) {
      String[] mount = volume.asText().split(":");
      if (mount.length >= 2 && mount[1].startsWith(KEYCLOAK_IMPORT_FOLDER)) {
        Path mounted = ProjectFiles.path("docker").resolve(mount[0]).normalize();
        assertEquals(ProjectFiles.path(REALM_FILE), mounted, "the mounted realm file");
        assertTrue(Files.isRegularFile(mounted), mounted + " does not exist");
        mountsRealm = true;
      }
    }
    assertTrue(mountsRealm, "Keycloak imports no realm file");

    Set<String> unfilled = RealmPlaceholders.in(realm());
    unfilled.removeAll(environment("keycloak").keySet());
    assertTrue(unfilled.isEmpty(), "Keycloak's environment leaves " + unfilled + " unfilled");
  }

  @Test
  void applicationTrustsTheImportedRealmAndItsClient() throws IOException {
    Map<String, String> app = environment("app");
    Map<String, String> keycloak = environment("keycloak");
    JsonNode realm = realm();
    URI issuer = URI.create(app.get("OIDC_AUTH_SERVER_URL"));

    assertEquals("keycloak", issuer.getHost());
    assertEquals(keycloak.get("KC_HTTP_PORT"), String.valueOf(issuer.getPort()));
    assertEquals("/realms/" + realm.path("realm").asText(), issuer.getPath());
    assertEquals(app.get("OIDC_CLIENT_SECRET"), keycloak.get("OIDC_CLIENT_SECRET"));

    JsonNode client = null;
    for (JsonNode candidate : realm.path("clients")) {
      if (candidate.path("clientId").asText().equals(app.get("OIDC_CLIENT_ID"))) {
        client = candidate;
      }
    }
    assertTrue(client != null, "the realm has no client " + app.get("OIDC_CLIENT_ID"));
    List<String> redirects = new ArrayList<>();
    client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
    assertThat(redirects, hasItem("http://localhost:" + publishedPort("app", 8080) + "/*"));
  }

  @Test
  void everyPublishedPortIsDocumentedInTheHeader() {
    String header =
        String.join(
            "\n",
            ProjectFiles.read(COMPOSE)
                .lines()
                .takeWhile(line -> line.startsWith("#") || line.isBlank())
                .toList());
    for (String name : List.of("app", "keycloak", "postgres")) {
      for (JsonNode port : service(name).path("ports")) {
        String hostPort = port.asText().split(":")[0];
        assertThat(name + " publishes " + hostPort, header, containsString(hostPort));
      }
    }
  }

  @Test
  void everyInterpolatedVariableIsListedEmptyInTheEnvExample() {
    Set<String> interpolated = new TreeSet<>();
    // Compose interpolates values, not comments.
    String values =
        String.join(
            "\n",
            ProjectFiles.read(COMPOSE)
                .lines()
                .filter(line -> !line.strip().startsWith("#"))
                .toList());
    Matcher matcher = INTERPOLATION.matcher(values);
    while (matcher.find()) {
      interpolated.add(matcher.group(1));
    }
    Map<String, String> example = new LinkedHashMap<>();
    ProjectFiles.read(ENV_EXAMPLE)
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .forEach(
            line -> {
              String[] pair = line.split("=", 2);
              example.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
            });

    assertFalse(interpolated.isEmpty());
    assertEquals(interpolated, example.keySet(), ENV_EXAMPLE + " lists other variables");
    example.forEach(
        (name, value) ->
            assertEquals("", value, ENV_EXAMPLE + " must not ship a value for " + name));
  }

  @Test
  void applicationImageIsBuiltFromTheJvmDockerfile() {
    JsonNode build = service("app").path("build");
    Path context = ProjectFiles.path("docker").resolve(build.path("context").asText()).normalize();

    assertEquals(ProjectFiles.root(), context, "the build context is the repository root");
    assertEquals("docker/Dockerfile.jvm", build.path("dockerfile").asText());
    assertTrue(Files.isRegularFile(context.resolve(build.path("dockerfile").asText())));
  }

  @Test
  void localKeycloakIsTheReleaseTheOperatorDeploys() {
    JsonNode operatorKeycloak =
        Kustomize.documents(ProjectFiles.read("k8s/components/keycloak/keycloak.yaml")).get(0);

    assertEquals(
        service("keycloak").path("image").asText(),
        operatorKeycloak.path("spec").path("image").asText());
  }

  private static int publishedPort(String serviceName, int containerPort) {
    for (JsonNode port : service(serviceName).path("ports")) {
      String[] mapping = port.asText().split(":");
      if (mapping.length == 2 && Integer.parseInt(mapping[1]) == containerPort) {
        return Integer.parseInt(mapping[0]);
      }
    }
    throw new AssertionError(serviceName + " does not publish port " + containerPort);
  }
}

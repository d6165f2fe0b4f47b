package eu.aimarket.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The production overlay's operator components: PostgreSQL as CloudNativePG clusters with backups,
 * Keycloak through its operator with the repository's realm, and the application wired to both.
 */
class OperatorComponentsTest {

  private static final String PROD = "k8s/overlays/prod";
  private static final String APP_DATABASE = "ai-marketplace-db";
  private static final String REALM_FILE = "docker/keycloak/marketplace-realm.json";
  private static final String REALM_IMPORT = "k8s/components/keycloak/realm-import.yaml";
  private static final String REALM = "marketplace";

  @Test
  void applicationDatabaseIsACloudNativePgClusterOfThree() {
    CloudNativePg.Cluster cluster = cluster(Manifests.render(PROD), APP_DATABASE);

    assertEquals(3, cluster.spec().instances(), "a primary and two replicas");
    assertTrue(
        new Quantity(cluster.spec().storage().size())
                .getNumericalAmount()
                .compareTo(BigDecimal.ZERO)
            > 0,
        "storage size");
    assertEquals(Boolean.TRUE, cluster.spec().affinity().enablePodAntiAffinity());
    assertEquals("required", cluster.spec().affinity().podAntiAffinityType());
  }

  @Test
  void everyPostgresClusterArchivesToTheObjectStoreAndBacksUpDaily() {
    Manifests prod = Manifests.render(PROD);
    List<CloudNativePg.Cluster> clusters = prod.all(CloudNativePg.Cluster.class);
    assertEquals(2, clusters.size(), "the application's and Keycloak's");

    for (CloudNativePg.Cluster cluster : clusters) {
      String name = cluster.metadata().getName();
      assertTrue(cluster.spec().instances() >= 2, name + ": no standby to fail over to");
      CloudNativePg.Backup backup = cluster.spec().backup();
      assertNotNull(backup, name + ": no backup configuration");
      assertNotNull(backup.retentionPolicy(), name + ": backups are never pruned");
      CloudNativePg.BarmanObjectStore store = backup.barmanObjectStore();
      assertNotNull(store, name + ": no object store");
      assertTrue(
          store.destinationPath().startsWith("s3://"), name + ": " + store.destinationPath());
      assertNotNull(store.endpointURL(), name + ": S3-compatible stores need their endpoint");
      for (CloudNativePg.SecretKey credential :
          List.of(store.s3Credentials().accessKeyId(), store.s3Credentials().secretAccessKey())) {
        assertNotNull(credential, name + ": S3 credentials incomplete");
        assertFalse(credential.name().isBlank() || credential.key().isBlank(), name);
      }
      assertNotNull(store.wal().compression(), name + ": WAL archived uncompressed");

      List<CloudNativePg.ScheduledBackup> schedules =
          prod.all(CloudNativePg.ScheduledBackup.class).stream()
              .filter(schedule -> name.equals(schedule.spec().cluster().name()))
              .toList();
      assertEquals(1, schedules.size(), name + ": no scheduled base backup");
      CloudNativePg.ScheduledBackupSpec schedule = schedules.get(0).spec();
      assertEquals("barmanObjectStore", schedule.method());
      assertEquals(6, schedule.schedule().trim().split("\\s+").length, "seconds-first cron");
      assertFalse(Boolean.TRUE.equals(schedule.suspend()), name + ": backups suspended");
    }
    Set<String> destinations = new TreeSet<>();
    clusters.forEach(
        cluster -> destinations.add(cluster.spec().backup().barmanObjectStore().destinationPath()));
    assertEquals(clusters.size(), destinations.size(), "two clusters archive to one path");
  }

  @Test
  void applicationConnectsToThePrimaryWithTheOperatorsCredentials() {
    Manifests prod = Manifests.render(PROD);
    CloudNativePg.Cluster cluster = cluster(prod, APP_DATABASE);
    ConfigMap settings = prod.named(ConfigMap.class, "ai-marketplace-config");
    URI jdbc = URI.create(settings.getData().get("DB_JDBC_URL").substring("jdbc:".length()));

    assertEquals(APP_DATABASE + "-rw", jdbc.getHost(), "the read-write Service follows failover");
    assertEquals("/" + cluster.spec().bootstrap().initdb().database(), jdbc.getPath());
    assertNull(settings.getData().get("DB_USER"), "DB_USER must come from the operator's Secret");
    for (String[] variable :
        new String[][] {{"DB_USER", "username"}, {"DB_PASSWORD", "password"}}) {
      SecretKeySelector secret = secretOf(prod, variable[0]);
      assertEquals(APP_DATABASE + "-app", secret.getName(), variable[0]);
      assertEquals(variable[1], secret.getKey(), variable[0]);
    }
  }

  @Test
  void keycloakRunsThroughTheOperatorOnItsOwnPostgresCluster() {
    Manifests prod = Manifests.render(PROD);
    KeycloakOperator.KeycloakSpec keycloak = prod.one(KeycloakOperator.Keycloak.class).spec();

    assertTrue(keycloak.instances() >= 2, "one Keycloak is a single point of failure for logins");
    assertTrue(keycloak.hostname().hostname().startsWith("https://"), "public URL over HTTPS");
    assertTrue(
        keycloak.http().tlsSecret() != null || Boolean.TRUE.equals(keycloak.http().httpEnabled()),
        "Keycloak needs a TLS Secret or an explicit HTTP listener");
    assertEquals("postgres", keycloak.db().vendor());
    assertTrue(
        keycloak.db().host().endsWith("-rw"),
        keycloak.db().host() + ": only the read-write Service reaches the primary");
    String clusterName = keycloak.db().host().replaceFirst("-rw$", "");
    CloudNativePg.Cluster cluster = cluster(prod, clusterName);
    assertFalse(APP_DATABASE.equals(clusterName), "Keycloak keeps its own database cluster");
    assertEquals(cluster.spec().bootstrap().initdb().database(), keycloak.db().database());
    assertEquals(clusterName + "-app", keycloak.db().usernameSecret().getName());
    assertEquals("username", keycloak.db().usernameSecret().getKey());
    assertEquals(clusterName + "-app", keycloak.db().passwordSecret().getName());
    assertEquals("password", keycloak.db().passwordSecret().getKey());
    if (keycloak.image() != null) {
      assertEquals(
          Boolean.FALSE,
          keycloak.startOptimized(),
          "the stock image is not built for PostgreSQL, so it must not start optimized");
    }
  }

  @Test
  void applicationTrustsTheRealmOfTheOperatorsKeycloak() {
    Manifests prod = Manifests.render(PROD);
    KeycloakOperator.KeycloakSpec keycloak = prod.one(KeycloakOperator.Keycloak.class).spec();
    ConfigMap settings = prod.named(ConfigMap.class, "ai-marketplace-config");
    JsonNode realm = prod.one(KeycloakOperator.RealmImport.class).spec().realm();

    assertEquals(
        keycloak.hostname().hostname() + "/realms/" + realm.path("realm").asText(),
        settings.getData().get("OIDC_AUTH_SERVER_URL"));
    assertThat(clientIds(realm), hasItem(settings.getData().get("OIDC_CLIENT_ID")));
  }

  @Test
  void realmImportTargetsThisKeycloakAndFillsEveryPlaceholder() {
    Manifests prod = Manifests.render(PROD);
    KeycloakOperator.RealmImportSpec realmImport =
        prod.one(KeycloakOperator.RealmImport.class).spec();

    assertEquals(
        prod.one(KeycloakOperator.Keycloak.class).metadata().getName(),
        realmImport.keycloakCRName());
    assertEquals(REALM, realmImport.realm().path("realm").asText());
    Set<String> unfilled = RealmPlaceholders.in(realmImport.realm());
    if (realmImport.placeholders() != null) {
      unfilled.removeAll(realmImport.placeholders().keySet());
      realmImport
          .placeholders()
          .forEach(
              (name, placeholder) ->
                  assertNotNull(placeholder.secret(), name + " is not read from a Secret"));
    }
    assertTrue(unfilled.isEmpty(), "the realm import leaves " + unfilled + " unfilled");
  }

  @Test
  void realmClientRedirectsToTheIngressHostOnly() {
    Manifests prod = Manifests.render(PROD);
    String host = prod.named(Ingress.class, Manifests.APP).getSpec().getRules().get(0).getHost();
    String clientId =
        prod.named(ConfigMap.class, "ai-marketplace-config").getData().get("OIDC_CLIENT_ID");
    JsonNode client = client(prod.one(KeycloakOperator.RealmImport.class).spec().realm(), clientId);

    List<String> redirects = new ArrayList<>();
    client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
    assertEquals(List.of("https://" + host + "/*"), redirects);
    client
        .path("webOrigins")
        .forEach(origin -> assertEquals("https://" + host, origin.asText(), "web origin"));
  }

  @Test
  void generatedRealmImportIsTheRepositoryRealm() throws IOException {
    JsonNode source = new ObjectMapper().readTree(ProjectFiles.read(REALM_FILE));
    List<JsonNode> documents = Kustomize.documents(ProjectFiles.read(REALM_IMPORT));
    assertEquals(1, documents.size());
    KeycloakOperator.RealmImport generated =
        KubernetesSchema.read(documents.get(0), KeycloakOperator.RealmImport.class);

    assertEquals(
        source,
        generated.spec().realm(),
        REALM_IMPORT
            + " is out of date with "
            + REALM_FILE
            + ": run k8s/components/keycloak/generate-realm-import.sh");
  }

  private static CloudNativePg.Cluster cluster(Manifests manifests, String name) {
    return manifests.all(CloudNativePg.Cluster.class).stream()
        .filter(cluster -> name.equals(cluster.metadata().getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(manifests.kustomization() + ": no cluster " + name));
  }

  private static SecretKeySelector secretOf(Manifests manifests, String variable) {
    return manifests.appContainer().getEnv().stream()
        .filter(env -> variable.equals(env.getName()))
        .map(EnvVar::getValueFrom)
        .filter(source -> source != null && source.getSecretKeyRef() != null)
        .map(source -> source.getSecretKeyRef())
        .findFirst()
        .orElseThrow(() -> new AssertionError(variable + " is not read from a Secret"));
  }

  private static List<String> clientIds(JsonNode realm) {
    List<String> ids = new ArrayList<>();
    realm.path("clients").forEach(client -> ids.add(client.path("clientId").asText()));
    return ids;
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    for (JsonNode client : realm.path("clients")) {
      if (clientId.equals(client.path("clientId").asText())) {
        return client;
      }
    }
    throw new AssertionError("the realm has no client " + clientId);
  }
}

package eu.aimarket.deploy;

import static eu.aimarket.deploy.Manifests.APP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What sets the overlays apart, and what production in particular must hold. */
class OverlaysTest {

  private static final String DEV = "k8s/overlays/dev";
  private static final String PROD = "k8s/overlays/prod";

  /** Connections kept free for administration, monitoring and the operator's own checks. */
  private static final int RESERVED_CONNECTIONS = 10;

  /** Each pod's connection outside its pool: the one that listens for catalogue changes. */
  private static final int LISTENER_CONNECTIONS = 1;

  @Test
  void devAndProdDifferInReplicasResourcesImagesAndHosts() {
    Manifests dev = Manifests.render(DEV);
    Manifests prod = Manifests.render(PROD);

    HorizontalPodAutoscalerSpec devScaling = autoscaling(dev);
    HorizontalPodAutoscalerSpec prodScaling = autoscaling(prod);
    assertTrue(devScaling.getMinReplicas() < prodScaling.getMinReplicas());
    assertTrue(devScaling.getMaxReplicas() < prodScaling.getMaxReplicas());
    assertNotEquals(
        dev.appContainer().getResources(), prod.appContainer().getResources(), "resources");
    assertNotEquals(dev.appContainer().getImage(), prod.appContainer().getImage(), "image");
    assertNotEquals(host(dev), host(prod), "Ingress host");
    assertNotEquals(
        setting(dev, "OIDC_AUTH_SERVER_URL"), setting(prod, "OIDC_AUTH_SERVER_URL"), "OIDC realm");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {DEV, PROD})
  void overlaysDeployATaggedImageFromARegistry(String overlay) {
    String image = Manifests.render(overlay).appContainer().getImage();

    int tagSeparator = image.lastIndexOf(':');
    assertTrue(tagSeparator > image.lastIndexOf('/'), overlay + ": " + image + " has no tag");
    assertNotEquals("latest", image.substring(tagSeparator + 1), overlay + ": " + image);
    assertTrue(image.contains("/"), overlay + ": " + image + " names no registry");
  }

  @Test
  void productionRunsSeveralReplicasAndSurvivesADisruption() {
    Manifests prod = Manifests.render(PROD);
    HorizontalPodAutoscalerSpec scaling = autoscaling(prod);
    PodDisruptionBudget budget = prod.named(PodDisruptionBudget.class, APP);

    assertTrue(scaling.getMinReplicas() >= 3, "at least three replicas in production");
    assertEquals(1, budget.getSpec().getMaxUnavailable().getIntVal());
    assertTrue(
        scaling.getMinReplicas() - budget.getSpec().getMaxUnavailable().getIntVal() >= 2,
        "two replicas keep serving while a node drains");
    assertEquals("false", setting(prod, "AIMARKET_DEMO_DATA"), "no demo data in production");
  }

  @Test
  void productionConnectionPoolsFitThePostgresConnectionLimit() {
    Manifests prod = Manifests.render(PROD);
    String host = URI.create(setting(prod, "DB_JDBC_URL").substring("jdbc:".length())).getHost();
    CloudNativePg.Cluster database =
        prod.all(CloudNativePg.Cluster.class).stream()
            .filter(cluster -> host.equals(cluster.metadata().getName() + "-rw"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no PostgreSQL cluster serves " + host));

    int maxConnections =
        Integer.parseInt(database.spec().postgresql().parameters().get("max_connections"));
    int pool = Integer.parseInt(setting(prod, "DB_POOL_MAX_SIZE")) + LISTENER_CONNECTIONS;
    int surge =
        prod.appDeployment().getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
    int peakPods = autoscaling(prod).getMaxReplicas() + surge;

    assertTrue(
        peakPods * pool <= maxConnections - RESERVED_CONNECTIONS,
        peakPods
            + " pods with "
            + pool
            + " connections each exceed max_connections "
            + maxConnections
            + " less "
            + RESERVED_CONNECTIONS
            + " reserved");
  }

  @Test
  void devUsesExistingServersAndTheDemoCatalogue() {
    Manifests dev = Manifests.render(DEV);

    assertEquals("true", setting(dev, "AIMARKET_DEMO_DATA"));
    assertTrue(dev.all(CloudNativePg.Cluster.class).isEmpty(), "dev needs no database operator");
    assertTrue(
        dev.all(KeycloakOperator.Keycloak.class).isEmpty(), "dev needs no Keycloak operator");
  }

  private static HorizontalPodAutoscalerSpec autoscaling(Manifests manifests) {
    return manifests.named(HorizontalPodAutoscaler.class, APP).getSpec();
  }

  private static String host(Manifests manifests) {
    return manifests.named(Ingress.class, APP).getSpec().getRules().get(0).getHost();
  }

  private static String setting(Manifests manifests, String key) {
    return manifests.named(ConfigMap.class, "ai-marketplace-config").getData().get(key);
  }
}

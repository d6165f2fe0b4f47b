package eu.aimarket.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The schema check itself: it must reject what the API server would reject, not just parse. */
class KubernetesSchemaTest {

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: %s
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: web:1
                %s:
                  httpGet:
                    path: /q/health/live
                    port: 8080
      """;

  private static JsonNode only(String yaml) {
    return Kustomize.documents(yaml).get(0);
  }

  @Test
  void readsAValidDeploymentIntoTheApiModel() {
    Object read = KubernetesSchema.read(only(DEPLOYMENT.formatted("2", "livenessProbe")));

    assertThat(read, instanceOf(Deployment.class));
    Deployment deployment = (Deployment) read;
    assertEquals(2, deployment.getSpec().getReplicas());
    assertEquals(
        "/q/health/live",
        deployment
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getLivenessProbe()
            .getHttpGet()
            .getPath());
  }

  @Test
  void rejectsAMisspeltField() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> KubernetesSchema.read(only(DEPLOYMENT.formatted("2", "livenessprobe"))));

    assertThat(error.getMessage(), containsString("Deployment web does not match the API schema"));
    assertThat(error.getMessage(), containsString("livenessprobe"));
  }

  @Test
  void rejectsAStringWhereTheApiWantsANumber() {
    assertThrows(
        AssertionError.class,
        () -> KubernetesSchema.read(only(DEPLOYMENT.formatted("\"2\"", "livenessProbe"))));
  }

  @Test
  void rejectsAnUnquotedNumberInConfigMapData() {
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          POOL_SIZE: %s
        """;

    assertEquals(
        "16",
        ((ConfigMap) KubernetesSchema.read(only(configMap.formatted("\"16\""))))
            .getData()
            .get("POOL_SIZE"));
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> KubernetesSchema.read(only(configMap.formatted("16"))));
    assertThat(error.getMessage(), containsString("ConfigMap settings"));
  }

  @Test
  void rejectsAnObjectTypeItDoesNotKnow() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                KubernetesSchema.read(
                    only(
                        """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: nightly
                        """)));

    assertThat(error.getMessage(), containsString("unexpected object type batch/v1/CronJob"));
  }

  @Test
  void rejectsAMisspeltFieldInAnOperatorResource() {
    String cluster =
        """
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata:
          name: db
        spec:
          instances: 3
          storage:
            size: 1Gi
          backup:
            %s:
              destinationPath: s3://bucket/db
        """;

    CloudNativePg.Cluster read =
        (CloudNativePg.Cluster) KubernetesSchema.read(only(cluster.formatted("barmanObjectStore")));
    assertEquals("s3://bucket/db", read.spec().backup().barmanObjectStore().destinationPath());
    assertThrows(
        AssertionError.class,
        () -> KubernetesSchema.read(only(cluster.formatted("barmanObjectstore"))));
  }
}

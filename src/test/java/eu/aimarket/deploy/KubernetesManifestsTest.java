package eu.aimarket.deploy;

import static eu.aimarket.deploy.Manifests.APP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the base and every overlay with {@code kubectl kustomize}, reads every object strictly
 * into the Kubernetes API schema, and checks what a running deployment depends on: health probes, a
 * locked-down container, bounded resources, an environment that covers every variable the
 * application reads, and selectors and references that actually meet.
 */
class KubernetesManifestsTest {

  /** The port the application listens on ({@code quarkus.http.port}). */
  private static final int HTTP_PORT = 8080;

  /** Secrets the manifests may reference besides the ones CloudNativePG creates per cluster. */
  private static final String APP_SECRETS = "ai-marketplace-secrets";

  static Stream<String> kustomizations() {
    return Stream.of("k8s/base", "k8s/overlays/dev", "k8s/overlays/prod");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void everyObjectMatchesTheKubernetesApiSchema(String kustomization) {
    // Manifests.render reads each object strictly; any schema violation fails right here.
    Manifests manifests = Manifests.render(kustomization);

    for (Class<?> type :
        List.of(
            ServiceAccount.class,
            ConfigMap.class,
            Deployment.class,
            Service.class,
            Ingress.class,
            HorizontalPodAutoscaler.class,
            PodDisruptionBudget.class,
            NetworkPolicy.class)) {
      assertFalse(
          manifests.all(type).isEmpty(),
          kustomization + " renders no " + type.getSimpleName() + " for the application");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void probesAskTheQuarkusHealthEndpoints(String kustomization) {
    Container container = Manifests.render(kustomization).appContainer();

    assertHttpProbe(kustomization, "startup", container.getStartupProbe(), "/q/health/started");
    assertHttpProbe(kustomization, "liveness", container.getLivenessProbe(), "/q/health/live");
    assertHttpProbe(kustomization, "readiness", container.getReadinessProbe(), "/q/health/ready");
    for (Probe probe :
        List.of(
            container.getStartupProbe(),
            container.getLivenessProbe(),
            container.getReadinessProbe())) {
      assertEquals(
          HTTP_PORT,
          containerPort(container, probe.getHttpGet().getPort()),
          kustomization + ": a probe asks another port than the application's");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void podsRunAsNonRootOnAReadOnlyRootFilesystem(String kustomization) {
    for (Deployment deployment : Manifests.render(kustomization).all(Deployment.class)) {
      String where = kustomization + ", Deployment " + deployment.getMetadata().getName();
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      PodSecurityContext podSecurity = pod.getSecurityContext();
      assertNotNull(podSecurity, where + ": no pod securityContext");
      assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot(), where + ": runAsNonRoot");
      assertTrue(
          podSecurity.getRunAsUser() == null || podSecurity.getRunAsUser() > 0,
          where + ": runs as uid 0");
      assertFalse(Boolean.TRUE.equals(pod.getHostNetwork()), where + ": uses the host network");
      assertFalse(
          Boolean.TRUE.equals(pod.getAutomountServiceAccountToken()),
          where + ": mounts an API token it does not need");

      List<Container> containers = new ArrayList<>(pod.getContainers());
      containers.addAll(pod.getInitContainers());
      for (Container container : containers) {
        String inContainer = where + ", container " + container.getName();
        SecurityContext security = container.getSecurityContext();
        assertNotNull(security, inContainer + ": no securityContext");
        assertEquals(
            Boolean.TRUE, security.getReadOnlyRootFilesystem(), inContainer + ": writable root");
        assertEquals(
            Boolean.FALSE,
            security.getAllowPrivilegeEscalation(),
            inContainer + ": allowPrivilegeEscalation");
        assertFalse(Boolean.TRUE.equals(security.getPrivileged()), inContainer + ": privileged");
        assertTrue(
            security.getCapabilities() != null
                && security.getCapabilities().getDrop().contains("ALL"),
            inContainer + ": does not drop all capabilities");
        assertFalse(
            Boolean.FALSE.equals(security.getRunAsNonRoot()),
            inContainer + ": overrides runAsNonRoot");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void everyWorkloadRequestsAndLimitsCpuAndMemory(String kustomization) {
    Manifests manifests = Manifests.render(kustomization);
    for (Deployment deployment : manifests.all(Deployment.class)) {
      for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
        assertBounded(
            kustomization + ", container " + container.getName(), container.getResources());
      }
    }
    for (CloudNativePg.Cluster cluster : manifests.all(CloudNativePg.Cluster.class)) {
      assertBounded(
          kustomization + ", PostgreSQL cluster " + cluster.metadata().getName(),
          cluster.spec().resources());
    }
    for (KeycloakOperator.Keycloak keycloak : manifests.all(KeycloakOperator.Keycloak.class)) {
      assertBounded(
          kustomization + ", Keycloak " + keycloak.metadata().getName(),
          keycloak.spec().resources());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void containerEnvironmentProvidesEveryVariableTheAppReadsInProd(String kustomization) {
    Manifests manifests = Manifests.render(kustomization);
    Container container = manifests.appContainer();
    Set<String> knownSecrets = new TreeSet<>(Set.of(APP_SECRETS));
    manifests
        .all(CloudNativePg.Cluster.class)
        .forEach(cluster -> knownSecrets.add(cluster.metadata().getName() + "-app"));

    Map<String, String> provided = new TreeMap<>();
    for (EnvVar variable : container.getEnv()) {
      provided.put(variable.getName(), "env");
      if (variable.getValueFrom() == null) {
        continue;
      }
      SecretKeySelector secret = variable.getValueFrom().getSecretKeyRef();
      if (secret != null) {
        assertTrue(
            knownSecrets.contains(secret.getName()),
            kustomization
                + ": "
                + variable.getName()
                + " comes from the Secret "
                + secret.getName()
                + ", which neither the README nor an operator provides; known: "
                + knownSecrets);
        assertFalse(
            Boolean.TRUE.equals(secret.getOptional()),
            kustomization + ": " + variable.getName() + " is optional; a missing Secret must stop");
      }
      if (variable.getValueFrom().getConfigMapKeyRef() != null) {
        var reference = variable.getValueFrom().getConfigMapKeyRef();
        ConfigMap configMap = manifests.named(ConfigMap.class, reference.getName());
        assertTrue(
            configMap.getData().containsKey(reference.getKey()),
            kustomization + ": ConfigMap " + reference.getName() + " has no " + reference.getKey());
      }
    }
    for (EnvFromSource source : container.getEnvFrom()) {
      if (source.getSecretRef() != null) {
        fail(
            kustomization
                + ": envFrom a whole Secret hides which variables it sets; reference its keys"
                + " one by one");
      }
      ConfigMap configMap = manifests.named(ConfigMap.class, source.getConfigMapRef().getName());
      configMap.getData().keySet().forEach(key -> provided.putIfAbsent(key, "ConfigMap"));
    }

    Set<String> required = ProdEnvironment.variables();
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(provided.keySet());
    assertTrue(
        missing.isEmpty(),
        kustomization + ": the application reads " + missing + " in prod, but nothing sets it");
    Set<String> unknown = new TreeSet<>(provided.keySet());
    unknown.removeAll(required);
    assertTrue(
        unknown.isEmpty(),
        kustomization + ": sets " + unknown + ", which the application never reads (a typo?)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void servicesIngressesAndPoliciesReachTheApplicationPods(String kustomization) {
    Manifests manifests = Manifests.render(kustomization);
    Deployment deployment = manifests.appDeployment();
    Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    Container container = manifests.appContainer();
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();

    assertSelects(kustomization, "the Deployment", deployment.getSpec().getSelector(), podLabels);
    manifests.named(ServiceAccount.class, pod.getServiceAccountName());
    for (TopologySpreadConstraint spread : pod.getTopologySpreadConstraints()) {
      assertSelects(kustomization, "a topology spread", spread.getLabelSelector(), podLabels);
    }

    Service service = manifests.named(Service.class, APP);
    assertFalse(service.getSpec().getSelector().isEmpty(), kustomization + ": Service selects all");
    service
        .getSpec()
        .getSelector()
        .forEach(
            (key, value) ->
                assertEquals(
                    value, podLabels.get(key), kustomization + ": Service misses the pods"));
    for (ServicePort port : service.getSpec().getPorts()) {
      assertEquals(HTTP_PORT, containerPort(container, port.getTargetPort()));
    }

    for (Ingress ingress : manifests.all(Ingress.class)) {
      Set<String> tlsHosts = new TreeSet<>();
      for (IngressTLS tls : ingress.getSpec().getTls()) {
        tlsHosts.addAll(tls.getHosts());
      }
      for (IngressRule rule : ingress.getSpec().getRules()) {
        assertTrue(
            tlsHosts.contains(rule.getHost()),
            kustomization + ": " + rule.getHost() + " is served without TLS");
        for (HTTPIngressPath path : rule.getHttp().getPaths()) {
          IngressServiceBackend backend = path.getBackend().getService();
          Service target = manifests.named(Service.class, backend.getName());
          String portName = backend.getPort().getName();
          assertTrue(
              target.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(portName))
                  || target.getSpec().getPorts().stream()
                      .anyMatch(p -> p.getPort().equals(backend.getPort().getNumber())),
              kustomization + ": the Ingress names a port the Service lacks");
        }
      }
    }

    HorizontalPodAutoscaler autoscaler = manifests.named(HorizontalPodAutoscaler.class, APP);
    assertEquals("apps/v1", autoscaler.getSpec().getScaleTargetRef().getApiVersion());
    assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
    assertEquals(
        deployment.getMetadata().getName(), autoscaler.getSpec().getScaleTargetRef().getName());

    PodDisruptionBudget budget = manifests.named(PodDisruptionBudget.class, APP);
    assertSelects(
        kustomization, "the PodDisruptionBudget", budget.getSpec().getSelector(), podLabels);

    NetworkPolicy policy = manifests.named(NetworkPolicy.class, APP);
    assertSelects(kustomization, "the NetworkPolicy", policy.getSpec().getPodSelector(), podLabels);
    assertTrue(policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")));
    boolean admitsHttp = false;
    for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
      for (NetworkPolicyPort port : rule.getPorts()) {
        admitsHttp |= containerPort(container, port.getPort()) == HTTP_PORT;
      }
    }
    assertTrue(admitsHttp, kustomization + ": the NetworkPolicy lets no HTTP in");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void theAutoscalerOwnsTheReplicaCount(String kustomization) {
    Manifests manifests = Manifests.render(kustomization);
    HorizontalPodAutoscaler autoscaler = manifests.named(HorizontalPodAutoscaler.class, APP);

    assertNull(
        manifests.appDeployment().getSpec().getReplicas(),
        kustomization + ": spec.replicas in the Deployment would reset the autoscaler on apply");
    int min = autoscaler.getSpec().getMinReplicas();
    int max = autoscaler.getSpec().getMaxReplicas();
    assertTrue(1 <= min && min <= max, kustomization + ": HPA bounds " + min + ".." + max);
    assertTrue(
        autoscaler.getSpec().getMetrics().stream()
            .anyMatch(
                metric ->
                    metric.getResource() != null
                        && "cpu".equals(metric.getResource().getName())
                        && "Utilization".equals(metric.getResource().getTarget().getType())),
        kustomization + ": the HPA does not scale on CPU utilisation");
    IntOrString maxUnavailable =
        manifests.named(PodDisruptionBudget.class, APP).getSpec().getMaxUnavailable();
    assertNotNull(
        maxUnavailable, kustomization + ": a minAvailable budget can block node drains at 1 pod");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kustomizations")
  void podsGetTimeToFinishTheirRequestsBeforeTheyAreKilled(String kustomization) {
    Manifests manifests = Manifests.render(kustomization);
    PodSpec pod = manifests.appDeployment().getSpec().getTemplate().getSpec();
    List<String> preStop =
        manifests.appContainer().getLifecycle().getPreStop().getExec().getCommand();
    String shutdownTimeout = ProdEnvironment.property("quarkus.shutdown.timeout");

    assertNotNull(shutdownTimeout, "prod has no quarkus.shutdown.timeout: requests are cut off");
    assertEquals("sleep", preStop.get(0), kustomization + ": the preStop pause");
    long needed =
        Long.parseLong(preStop.get(1)) + Duration.parse("PT" + shutdownTimeout).toSeconds();
    assertTrue(
        pod.getTerminationGracePeriodSeconds() > needed,
        kustomization
            + ": the grace period "
            + pod.getTerminationGracePeriodSeconds()
            + "s ends before the preStop pause and the shutdown timeout ("
            + needed
            + "s)");
  }

  static void assertBounded(String where, ResourceRequirements resources) {
    assertNotNull(resources, where + ": no resources");
    for (String resource : List.of("cpu", "memory")) {
      Quantity request = resources.getRequests().get(resource);
      Quantity limit = resources.getLimits().get(resource);
      assertNotNull(request, where + ": no " + resource + " request");
      assertNotNull(limit, where + ": no " + resource + " limit");
      assertTrue(
          request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
          where + ": " + resource + " request " + request + " above its limit " + limit);
    }
  }

  private static void assertHttpProbe(String kustomization, String kind, Probe probe, String path) {
    assertNotNull(probe, kustomization + ": no " + kind + " probe");
    assertNotNull(probe.getHttpGet(), kustomization + ": the " + kind + " probe is not HTTP");
    assertEquals(path, probe.getHttpGet().getPath(), kustomization + ": " + kind + " probe path");
  }

  private static void assertSelects(
      String kustomization, String what, LabelSelector selector, Map<String, String> podLabels) {
    assertNotNull(selector, kustomization + ": " + what + " has no selector");
    assertTrue(
        selector.getMatchExpressions().isEmpty(),
        kustomization + ": " + what + " uses matchExpressions, which this test does not evaluate");
    assertFalse(
        selector.getMatchLabels().isEmpty(), kustomization + ": " + what + " selects every pod");
    selector
        .getMatchLabels()
        .forEach(
            (key, value) ->
                assertEquals(
                    value,
                    podLabels.get(key),
                    kustomization + ": " + what + " does not select the application's pods"));
  }

  /** The port number a probe, Service or policy port means: a number, or a named container port. */
  static int containerPort(Container container, IntOrString port) {
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    return container.getPorts().stream()
        .filter(candidate -> port.getStrVal().equals(candidate.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "container " + container.getName() + " has no port named " + port.getStrVal()));
  }
}

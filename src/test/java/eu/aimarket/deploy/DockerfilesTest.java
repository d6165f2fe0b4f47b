package eu.aimarket.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What can be checked in the Dockerfiles without a Docker engine: how the final image runs, and
 * that the stages they copy from exist. {@code ContainerImageFilesIT} checks the copied files once
 * the application is packaged.
 */
class DockerfilesTest {

  private static final String JVM = "docker/Dockerfile.jvm";
  private static final String NATIVE = "docker/Dockerfile.native";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {JVM, NATIVE})
  void finalImageRunsUnprivilegedWithAHealthCheckOnTheLivenessEndpoint(String path) {
    Dockerfile dockerfile = Dockerfile.read(path);
    int last = dockerfile.finalStage();

    List<Dockerfile.Instruction> users = dockerfile.all("USER", last);
    assertFalse(users.isEmpty(), path + ": the final stage runs as root");
    String user = users.get(users.size() - 1).arguments().split(":")[0];
    assertTrue(
        user.matches("[1-9][0-9]*"), path + ": USER " + user + " is not a numeric non-root uid");
    List<Dockerfile.Instruction> healthChecks = dockerfile.all("HEALTHCHECK", last);
    assertEquals(1, healthChecks.size(), path + ": one HEALTHCHECK");
    assertThat(healthChecks.get(0).arguments(), containsString("/q/health/live"));
    assertTrue(
        dockerfile.all("EXPOSE", last).stream()
            .anyMatch(expose -> expose.arguments().equals("8080")),
        path + ": does not expose 8080");
    assertEquals(1, dockerfile.all("ENTRYPOINT", last).size(), path + ": one ENTRYPOINT");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {JVM, NATIVE})
  void copiesFromEarlierStagesOnly(String path) {
    Dockerfile dockerfile = Dockerfile.read(path);
    for (Dockerfile.Copy copy : dockerfile.copies()) {
      copy.from()
          .ifPresent(
              from -> {
                Set<String> earlier = new HashSet<>();
                for (int stage = 0; stage < copy.stage(); stage++) {
                  dockerfile.stageName(stage).ifPresent(earlier::add);
                }
                assertTrue(
                    earlier.contains(from),
                    path + ": copies from " + from + ", which is no earlier stage " + earlier);
              });
    }
  }

  @Test
  void jvmHeapFollowsTheContainerMemoryLimit() {
    Dockerfile dockerfile = Dockerfile.read(JVM);
    String environment =
        String.join(
            " ",
            dockerfile.all("ENV", dockerfile.finalStage()).stream()
                .map(Dockerfile.Instruction::arguments)
                .toList());

    assertThat(environment, containsString("-XX:MaxRAMPercentage="));
    assertThat(environment, containsString("-XX:+ExitOnOutOfMemoryError"));
    assertThat(environment, not(containsString("-Xmx")));
  }

  @Test
  void nativeImageIsCompiledFromTheSourcesInsideTheBuild() {
    Dockerfile dockerfile = Dockerfile.read(NATIVE);
    String builds =
        String.join(
            "\n",
            dockerfile.instructions().stream()
                .filter(instruction -> instruction.keyword().equals("RUN"))
                .map(Dockerfile.Instruction::arguments)
                .toList());

    assertThat(builds, containsString("-Dquarkus.native.enabled=true"));
    assertTrue(dockerfile.finalStage() >= 1, "a separate runtime stage without the toolchain");
  }

  @Test
  void kubernetesRunsThePodAsTheJvmImageUser() {
    Dockerfile dockerfile = Dockerfile.read(JVM);
    List<Dockerfile.Instruction> users = dockerfile.all("USER", dockerfile.finalStage());
    PodSecurityContext pod =
        Manifests.render("k8s/base")
            .appDeployment()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getSecurityContext();

    assertEquals(
        users.get(users.size() - 1).arguments().split(":")[0], pod.getRunAsUser().toString());
  }
}
